import type { JobFair } from '@openrecruit/shared';
import type { TableColumnsType } from 'antd';
import { formatDateTime } from '../../lib/format';
import { timeRange } from './job-fair-labels';

/** 举办时间, 地点 and 报名时间: the columns every console's list of 双选会 shows alike. */
export function fairScheduleColumns<T extends JobFair>(widths: {
  time: number;
  location: number;
  window: number;
}): TableColumnsType<T> {
  return [
    {
      title: '举办时间',
      key: 'time',
      width: widths.time,
      render: (_, fair) => timeRange(fair.startsAt, fair.endsAt),
    },
    { title: '地点', dataIndex: 'location', key: 'location', width: widths.location },
    {
      title: '报名时间',
      key: 'window',
      width: widths.window,
      render: (_, fair) => (
        <span className="job-fairs__window">
          {formatDateTime(fair.registrationOpensAt)}
          <br />至 {formatDateTime(fair.registrationClosesAt)}
        </span>
      ),
    },
  ];
}

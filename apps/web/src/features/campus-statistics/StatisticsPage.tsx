import { STATISTICS_LABELS, STATISTICS_MAX_MONTHS, type UniversityStatistics } from '@openrecruit/shared';
import { Card, DatePicker, Space, Statistic, Table, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { lazy, Suspense, useEffect, useState } from 'react';
import { QueryState } from '../../components/console/QueryState';
import { shanghaiNow } from '../../lib/format';
import { useUniversityStatistics } from './api';
import { ExcelExportButton } from './ExcelExportButton';
import './campus-statistics.css';

const StatisticsCharts = lazy(() =>
  import('./StatisticsCharts').then((m) => ({ default: m.StatisticsCharts })),
);

type Key = keyof typeof STATISTICS_LABELS;
const KEYS = Object.keys(STATISTICS_LABELS) as Key[];
type Row = UniversityStatistics['months'][number];

/** 数据统计 (issue 11 §9): per month, KPI cards, charts, the table and 导出Excel. */
export function StatisticsPage() {
  useEffect(() => {
    document.title = '数据统计 - 开放招聘';
  }, []);
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => {
    const now = shanghaiNow().startOf('month');
    return [now.subtract(11, 'month'), now];
  });
  const from = range[0].format('YYYY-MM');
  const to = range[1].format('YYYY-MM');
  const statistics = useUniversityStatistics(from, to);
  const columns: TableColumnsType<Row> = [
    { title: '月份', dataIndex: 'month', key: 'month', fixed: 'left' },
    ...KEYS.map((key) => ({ title: STATISTICS_LABELS[key], dataIndex: key, key, align: 'right' as const })),
  ];
  return (
    <div className="console-card campus-stats">
      <div className="campus-stats__bar">
        <h1 className="console-page-title">数据统计</h1>
        <Space wrap>
          <label htmlFor="campus-stats-range" className="campus-stats__label">
            统计月份
          </label>
          <DatePicker.RangePicker
            id={{ start: 'campus-stats-range' }}
            picker="month"
            allowClear={false}
            value={range}
            disabledDate={(month, info) =>
              info.from ? Math.abs(month.diff(info.from, 'month')) >= STATISTICS_MAX_MONTHS : false
            }
            onChange={(value) => {
              if (value?.[0] && value[1]) setRange([value[0], value[1]]);
            }}
            aria-label="统计月份"
          />
          <ExcelExportButton file="statistics.xlsx" params={{ from, to }} type="primary" />
        </Space>
      </div>
      <p className="campus-stats__note">
        按月统计（上海时间）：入驻单位为当月通过的入驻申请；宣讲会、双选会按举办月份；报名、签到人次按宣讲会月份；提供岗位为当月宣讲会、双选会与招聘简章中的不重复岗位。最多可选
        {STATISTICS_MAX_MONTHS}个月。
      </p>
      <QueryState query={statistics}>
        {(data) => (
          <>
            <div className="campus-stats__kpis">
              {KEYS.map((key) => (
                <Card key={key} size="small">
                  <Statistic title={STATISTICS_LABELS[key]} value={data.totals[key]} />
                </Card>
              ))}
            </div>
            <Suspense fallback={<div className="campus-stats__charts-loading">正在加载图表…</div>}>
              <StatisticsCharts statistics={data} />
            </Suspense>
            <Table<Row>
              rowKey="month"
              size="small"
              columns={columns}
              dataSource={data.months}
              pagination={false}
              scroll={{ x: 'max-content' }}
              summary={() => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
                  {KEYS.map((key, i) => (
                    <Table.Summary.Cell key={key} index={i + 1} align="right">
                      {data.totals[key]}
                    </Table.Summary.Cell>
                  ))}
                </Table.Summary.Row>
              )}
            />
          </>
        )}
      </QueryState>
    </div>
  );
}

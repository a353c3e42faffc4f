import { Column, Line } from '@ant-design/plots';
import type { UniversityStatistics } from '@openrecruit/shared';
import { STATISTICS_LABELS } from '@openrecruit/shared';

// Loaded on its own (React.lazy from StatisticsPage): the charting library is this chunk's only.

type Key = keyof typeof STATISTICS_LABELS;

function series(statistics: UniversityStatistics, keys: Key[]) {
  return statistics.months.flatMap((month) =>
    keys.map((key) => ({ month: month.month, kind: STATISTICS_LABELS[key], value: month[key] })),
  );
}

/** 数据统计's charts: events and entries per month (columns), students signed up and checked in (lines). */
export function StatisticsCharts({ statistics }: { statistics: UniversityStatistics }) {
  return (
    <div className="campus-stats__charts">
      <figure className="campus-stats__chart">
        <figcaption>入驻单位、宣讲会与双选会（按月）</figcaption>
        <Column
          data={series(statistics, ['companiesEntered', 'presentationsHeld', 'fairsHeld'])}
          xField="month"
          yField="value"
          colorField="kind"
          group
          height={280}
          axis={{ y: { title: '数量' } }}
        />
      </figure>
      <figure className="campus-stats__chart">
        <figcaption>报名、签到人次与提供岗位（按月）</figcaption>
        <Line
          data={series(statistics, ['studentsSignedUp', 'studentsCheckedIn', 'jobsOffered'])}
          xField="month"
          yField="value"
          colorField="kind"
          point
          height={280}
          axis={{ y: { title: '人次 / 个' } }}
        />
      </figure>
    </div>
  );
}

import {
  STATISTICS_MAX_MONTHS,
  type StatisticsNumbers,
  type StatisticsQuery,
  type UniversityStatistics,
} from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { shanghaiDate, shanghaiTime } from '../../lib/shanghai-time';
import type { UniversityStaff } from '../../plugins/access';
import {
  countEntriesByMonth,
  countFairsByMonth,
  countJobsByMonth,
  countPresentationsByMonth,
  countSignupsByMonth,
  type MonthRange,
} from './campus-statistics.repository';

export interface GetUniversityStatisticsOptions extends StatisticsQuery {
  staff: UniversityStaff;
}

function addMonths(month: string, delta: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** The months asked for: the last 12 by default; at most 24. */
export function statisticsMonths(query: StatisticsQuery): { from: string; to: string; months: string[] } {
  const to = query.to ?? (query.from ? addMonths(query.from, 11) : shanghaiDate().slice(0, 7));
  const from = query.from ?? addMonths(to, -11);
  const months = from <= to ? monthsBetween(from, to) : [];
  if (months.length === 0 || months.length > STATISTICS_MAX_MONTHS) {
    throw AppError.fieldError('to', `统计范围为1到${STATISTICS_MAX_MONTHS}个月`);
  }
  return { from, to, months };
}

/**
 * 数据统计: per month (Shanghai) of the range, 入驻单位 (entries approved), 宣讲会 and 双选会 held,
 * 报名人次 and 签到人次 of the month's presentations, and the distinct jobs offered; with totals.
 */
export async function getUniversityStatistics(
  ctx: AppContext,
  options: GetUniversityStatisticsOptions,
): Promise<UniversityStatistics> {
  const { from, to, months } = statisticsMonths(options);
  const range: MonthRange = {
    universityId: options.staff.universityId,
    from: shanghaiTime(`${from}-01`, 0),
    to: shanghaiTime(`${addMonths(to, 1)}-01`, 0),
  };
  const [entries, held, fairs, signups, jobs] = await Promise.all([
    countEntriesByMonth(ctx.db, range),
    countPresentationsByMonth(ctx.db, range),
    countFairsByMonth(ctx.db, range),
    countSignupsByMonth(ctx.db, range),
    countJobsByMonth(ctx.db, range),
  ]);
  const of = (rows: { month: string; n: number }[]) => new Map(rows.map((row) => [row.month, Number(row.n)]));
  const entered = of(entries);
  const presentations = of(held);
  const fairsHeld = of(fairs);
  const offered = of(jobs.months);
  const bySignups = new Map(signups.map((row) => [row.month, row]));
  const rows = months.map((month) => ({
    month,
    companiesEntered: entered.get(month) ?? 0,
    presentationsHeld: presentations.get(month) ?? 0,
    fairsHeld: fairsHeld.get(month) ?? 0,
    studentsSignedUp: Number(bySignups.get(month)?.signedUp ?? 0),
    studentsCheckedIn: Number(bySignups.get(month)?.checkedIn ?? 0),
    jobsOffered: offered.get(month) ?? 0,
  }));
  const sum = (key: keyof StatisticsNumbers) => rows.reduce((total, row) => total + row[key], 0);
  return {
    from,
    to,
    months: rows,
    totals: {
      companiesEntered: sum('companiesEntered'),
      presentationsHeld: sum('presentationsHeld'),
      fairsHeld: sum('fairsHeld'),
      studentsSignedUp: sum('studentsSignedUp'),
      studentsCheckedIn: sum('studentsCheckedIn'),
      jobsOffered: jobs.total,
    },
  };
}

import type { WorkCalendarOverview } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { shanghaiDate } from '../../lib/shanghai-time';
import type { Operator } from '../../plugins/access';
import { createWorkCalendar } from './work-calendar';
import { findOverrideRows } from './work-calendar.repository';

export interface FindWorkCalendarOverviewOptions {
  operator: Operator;
  /** The clock (tests): which years are "this" and "next". */
  now?: Date;
}

/** 工作日历: the operators' overrides and whether this year and next are covered. */
export async function findWorkCalendarOverview(
  ctx: AppContext,
  options: FindWorkCalendarOverviewOptions,
): Promise<WorkCalendarOverview> {
  const rows = await findOverrideRows(ctx.db);
  const overrides = rows.map(({ date, working, note }) => ({ date, working, note }));
  const calendar = createWorkCalendar(overrides);
  const year = Number(shanghaiDate(options.now ?? new Date()).slice(0, 4));
  return {
    overrides,
    years: [year, year + 1].map((y) => ({ year: y, covered: calendar.covers(y) })),
  };
}

import type { WorkCalendarOverride, WorkCalendarOverview } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { Operator } from '../../plugins/access';
import { findWorkCalendarOverview } from './find-work-calendar-overview';
import { replaceOverrideRows } from './work-calendar.repository';

export interface SetWorkCalendarOverridesOptions {
  operator: Operator;
  overrides: WorkCalendarOverride[];
}

/**
 * Saves the operators' list of overrides as a whole (the page adds and removes rows and saves).
 * Due dates already set stay: a change counts for requests submitted from now on.
 */
export async function setWorkCalendarOverrides(
  ctx: AppContext,
  options: SetWorkCalendarOverridesOptions,
): Promise<WorkCalendarOverview> {
  await ctx.db.transaction((tx) =>
    replaceOverrideRows(
      tx,
      options.overrides.map(({ date, working, note }) => ({ date, working, note })),
      options.operator.accountId,
    ),
  );
  return findWorkCalendarOverview(ctx, { operator: options.operator });
}

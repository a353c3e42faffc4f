import type { Executor } from '../../db/client';
import { createWorkCalendar, type WorkCalendar } from './work-calendar';
import { findOverrideRows } from './work-calendar.repository';

/** The calendar with the operators' overrides as they are now (a few rows: read per use). */
export async function loadWorkCalendar(db: Executor): Promise<WorkCalendar> {
  const rows = await findOverrideRows(db);
  return createWorkCalendar(rows.map(({ date, working, note }) => ({ date, working, note })));
}

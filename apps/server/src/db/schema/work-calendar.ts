import { boolean, date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';

// Working days (campus issue §2, modules/work-calendar): the `chinese-days` package knows the
// official holidays and 调休 make-up workdays of the years it was published for; an operator
// records a day here for a year it does not know yet (or to correct one), and it wins.

/** One Shanghai calendar date the operators declared a working day or a holiday. */
export const workCalendarOverrides = pgTable('work_calendar_overrides', {
  date: date({ mode: 'string' }).primaryKey(),
  working: boolean().notNull(),
  note: text().notNull().default(''),
  updatedBy: uuid().references(() => accounts.id),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

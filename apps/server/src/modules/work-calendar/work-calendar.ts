import chineseDays from 'chinese-days';
import { shanghaiDate, shanghaiTime } from '../../lib/shanghai-time';

// Working days (campus issue §2; seed 002: reviews are due within N 工作日). Weekends and the
// official public holidays are off, the official make-up workdays (调休) are on. The maintained
// `chinese-days` package knows the State Council's calendar of each year it was published for; an
// operator's override (work_calendar_overrides) wins for a single date, and a year neither knows
// falls back to Monday–Friday and is reported as not covered so the ops console warns.

/** Dates are Shanghai calendar dates, 'YYYY-MM-DD'. */
export interface WorkCalendar {
  isWorkingDay(date: string): boolean;
  /** The n-th working day after `date` (`date` itself is not counted); n ≥ 1. */
  addWorkingDays(date: string, n: number): string;
  /** Whether the year's holidays are known (by the package or the operators' holiday overrides). */
  covers(year: number): boolean;
}

export interface WorkCalendarOverride {
  date: string;
  working: boolean;
  note: string;
}

const packageYears = new Map<number, boolean>();

/** The package knows a year when it lists its official holidays. */
function packageKnows(year: number): boolean {
  let known = packageYears.get(year);
  if (known === undefined) {
    known = chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    packageYears.set(year, known);
  }
  return known;
}

function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export function createWorkCalendar(overrides: readonly WorkCalendarOverride[]): WorkCalendar {
  const byDate = new Map(overrides.map((o) => [o.date, o.working]));
  const yearsWithHolidays = new Set(
    overrides.filter((o) => !o.working).map((o) => Number(o.date.slice(0, 4))),
  );
  const calendar: WorkCalendar = {
    isWorkingDay(date) {
      const override = byDate.get(date);
      if (override !== undefined) return override;
      if (packageKnows(Number(date.slice(0, 4)))) return chineseDays.isWorkday(date);
      const weekday = weekdayOf(date);
      return weekday !== 0 && weekday !== 6;
    },
    addWorkingDays(date, n) {
      let day = date;
      // A year has at most ~45 days off in a row of holidays and weekends: n + 60 is plenty.
      for (let counted = 0, steps = 0; counted < n; steps++) {
        if (steps > n * 7 + 60) throw new Error(`no ${n} working days after ${date}`);
        day = nextDate(day);
        if (calendar.isWorkingDay(day)) counted++;
      }
      return day;
    },
    covers: (year) => packageKnows(year) || yearsWithHolidays.has(year),
  };
  return calendar;
}

/** The end (23:59:59, Shanghai) of the n-th working day after the day of `from`: a review's due time. */
export function dueAfterWorkingDays(calendar: WorkCalendar, from: Date, n: number): Date {
  const day = calendar.addWorkingDays(shanghaiDate(from), n);
  return new Date(shanghaiTime(day, 23, 59).getTime() + 59_999);
}

import { describe, expect, it } from 'vitest';
import { shanghaiTime } from '../../lib/shanghai-time';
import { createWorkCalendar, dueAfterWorkingDays } from './work-calendar';

// The State Council's 2025 and 2026 National Day calendars, as `chinese-days` 1.5.7 has them:
// 2025: 10-01..10-08 off, 09-28 (Sun) and 10-11 (Sat) are make-up workdays;
// 2026: 10-01..10-07 off, 09-20 (Sun) and 10-10 (Sat) are make-up workdays.

describe('work calendar', () => {
  const calendar = createWorkCalendar([]);

  it('skips the National Day week and counts the 调休 make-up workdays (2025)', () => {
    for (let day = 1; day <= 8; day++) expect(calendar.isWorkingDay(`2025-10-0${day}`)).toBe(false);
    expect(calendar.isWorkingDay('2025-09-28')).toBe(true); // Sunday, make-up workday
    expect(calendar.isWorkingDay('2025-10-11')).toBe(true); // Saturday, make-up workday
    expect(calendar.isWorkingDay('2025-10-12')).toBe(false); // Sunday
    expect(calendar.isWorkingDay('2025-10-09')).toBe(true);
  });

  it('knows 2026 National Day too', () => {
    expect(calendar.isWorkingDay('2026-10-01')).toBe(false);
    expect(calendar.isWorkingDay('2026-10-07')).toBe(false);
    expect(calendar.isWorkingDay('2026-10-08')).toBe(true);
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
  });

  it('counts 3 working days across the holiday: submitted 09-30, due 10-11 (a Saturday workday)', () => {
    expect(calendar.addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
    expect(calendar.addWorkingDays('2025-09-30', 3)).toBe('2025-10-11');
    // Friday 09-26: the Sunday make-up day counts.
    expect(calendar.addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    expect(calendar.addWorkingDays('2025-09-26', 3)).toBe('2025-09-30');
  });

  it('makes the due time the end of the last working day in Shanghai', () => {
    // 2025-09-30 22:00 Shanghai is 14:00Z; still the 30th in Shanghai.
    const due = dueAfterWorkingDays(calendar, shanghaiTime('2025-09-30', 22), 3);
    expect(due.toISOString()).toBe('2025-10-11T15:59:59.999Z');
    // 2025-09-30 23:30 UTC is already 10-01 in Shanghai: the count starts from the holiday.
    expect(dueAfterWorkingDays(calendar, new Date('2025-09-30T23:30:00Z'), 1).toISOString()).toBe(
      '2025-10-09T15:59:59.999Z',
    );
  });

  it('falls back to Monday–Friday for a year the package does not know, and says so', () => {
    expect(calendar.covers(2025)).toBe(true);
    expect(calendar.covers(2026)).toBe(true);
    expect(calendar.covers(2099)).toBe(false);
    expect(calendar.isWorkingDay('2099-01-01')).toBe(true); // a Thursday: no holiday known
    expect(calendar.isWorkingDay('2099-01-03')).toBe(false); // Saturday
  });

  it("lets an operator's override win and cover the year", () => {
    const overridden = createWorkCalendar([
      { date: '2099-01-01', working: false, note: '元旦' },
      { date: '2099-01-03', working: true, note: '调休上班' },
      { date: '2025-10-09', working: false, note: '测试' },
    ]);
    expect(overridden.isWorkingDay('2099-01-01')).toBe(false);
    expect(overridden.isWorkingDay('2099-01-03')).toBe(true);
    expect(overridden.covers(2099)).toBe(true);
    expect(overridden.addWorkingDays('2025-09-30', 1)).toBe('2025-10-10');
  });
});

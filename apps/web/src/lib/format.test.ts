import dayjs from 'dayjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatChineseDateTime,
  formatDate,
  formatDateTime,
  formatTime,
  fromPickerValue,
  toPickerValue,
} from './format';

// A browser in New York still shows and submits Shanghai times (UTC+8, no daylight saving).
const browserZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  process.env.TZ = browserZone;
});

// 2026-05-14 01:30 UTC is 09:30 in Shanghai and still 05-13 21:30 in New York.
const INSTANT = '2026-05-14T01:30:00.000Z';

describe('Shanghai clock', () => {
  it('formats an instant in Shanghai time, not the browser zone', () => {
    expect(new Date(INSTANT).getDate()).toBe(13);
    expect(formatDateTime(INSTANT)).toBe('2026-05-14 09:30');
    expect(formatDate(INSTANT)).toBe('2026-05-14');
    expect(formatTime(INSTANT)).toBe('09:30');
    expect(formatChineseDateTime(INSTANT)).toBe('2026年5月14日 09:30');
  });

  it('puts the Shanghai wall clock on the picker and submits it back as the same instant', () => {
    const value = toPickerValue(INSTANT);
    expect(value.format('YYYY-MM-DD HH:mm')).toBe('2026-05-14 09:30');
    expect(fromPickerValue(value)).toBe(INSTANT);
    expect(fromPickerValue(dayjs('2026-05-14T18:05'))).toBe('2026-05-14T10:05:00.000Z');
  });
});

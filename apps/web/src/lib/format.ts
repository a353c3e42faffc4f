import { EDUCATION_LEVELS, labelOf, POLITICAL_STATUSES, WORK_AREAS, WORK_NATURES } from '@openrecruit/shared';
import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

// Times are stored in UTC and always shown in Shanghai time, whatever the browser's own zone is
// (docs/ARCHITECTURE.md). Every date and time on screen comes from this file.
const TIME_ZONE = 'Asia/Shanghai';

function partsOf(iso: string): Record<string, string> | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  const parts = new Intl.DateTimeFormat('zh-CN', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'short',
    hourCycle: 'h23',
  }).formatToParts(date);
  return Object.fromEntries(parts.map((part) => [part.type, part.value]));
}

/** 2026-05-14 09:30 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const p = partsOf(iso);
  return p ? `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}` : '';
}

/** 2026-05-14 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const p = partsOf(iso);
  return p ? `${p.year}-${p.month}-${p.day}` : '';
}

/** 09:30 */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const p = partsOf(iso);
  return p ? `${p.hour}:${p.minute}` : '';
}

/** 2026年5月14日 09:30 */
export function formatChineseDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const p = partsOf(iso);
  return p ? `${p.year}年${Number(p.month)}月${Number(p.day)}日 ${p.hour}:${p.minute}` : '';
}

/** 2026年5月14日（周四）09:30, for the interview card. */
export function formatLongDateTime(iso: string): string {
  const p = partsOf(iso);
  if (!p) return iso;
  return `${p.year}年${Number(p.month)}月${Number(p.day)}日（${p.weekday}）${p.hour}:${p.minute}`;
}

/** Today: 09:30; this year: 05-14 09:30; else the full date and time (the conversation's stamps). */
export function formatMessageTime(iso: string, now = new Date()): string {
  const p = partsOf(iso);
  const today = partsOf(now.toISOString());
  if (!p || !today) return '';
  if (p.year === today.year && p.month === today.month && p.day === today.day) return `${p.hour}:${p.minute}`;
  if (p.year === today.year) return `${p.month}-${p.day} ${p.hour}:${p.minute}`;
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** 2024-03 → 2024.03; null → 至今. */
export function formatMonth(month: string | null | undefined): string {
  return month ? month.replace('-', '.') : '至今';
}

/** Monthly pay, as the seed's 月收入: 6000-8000元/月. */
export function formatSalary(min: number, max: number): string {
  if (min === max) return `${min}元/月`;
  return `${min}-${max}元/月`;
}

export function formatAgeRange(min: number, max: number): string {
  if (min <= 16 && max >= 65) return '年龄不限';
  return `${min}-${max}岁`;
}

export function educationLabel(code: string | null | undefined): string {
  return labelOf(EDUCATION_LEVELS, code) ?? '学历不限';
}

export function educationRequirement(code: string | null | undefined): string {
  const label = labelOf(EDUCATION_LEVELS, code);
  if (!label) return '学历不限';
  // 硕士研究生及以上学历 already says 及以上; 初中或以下 as a minimum means 初中.
  if (code === '10') return label;
  if (code === '70') return '初中及以上';
  return `${label}及以上`;
}

export function politicalStatusLabel(code: string | null | undefined): string | undefined {
  return labelOf(POLITICAL_STATUSES, code);
}

export function workAreaLabel(code: string | null | undefined): string {
  return labelOf(WORK_AREAS, code) ?? code ?? '';
}

export function workNatureLabel(code: string | null | undefined): string {
  return labelOf(WORK_NATURES, code) ?? code ?? '';
}

// antd's DatePicker and Calendar work on dayjs values in the browser's zone. Their values here are
// Shanghai wall-clock times: 09:30 on the picker is 09:30 in Shanghai, in New York too.

/** Now on Shanghai's wall clock, as a picker value. */
export function shanghaiNow(): Dayjs {
  return dayjs(dayjs().tz(TIME_ZONE).format('YYYY-MM-DDTHH:mm:ss'));
}

/** Today in Shanghai: 2026-05-14. */
export function shanghaiToday(): string {
  return dayjs().tz(TIME_ZONE).format('YYYY-MM-DD');
}

/** An instant from the API as a picker value (its Shanghai wall-clock time). */
export function toPickerValue(iso: string): Dayjs {
  return dayjs(dayjs(iso).tz(TIME_ZONE).format('YYYY-MM-DDTHH:mm:ss'));
}

/** A picker value (a Shanghai wall-clock time) as the ISO UTC instant the API takes. */
export function fromPickerValue(value: Dayjs): string {
  return dayjs.tz(value.format('YYYY-MM-DDTHH:mm:ss'), TIME_ZONE).toISOString();
}

/** A day of the API (2026-05-14) as a picker value, and back. */
export function dayToPickerValue(day: string): Dayjs {
  return dayjs(day);
}

export function pickerValueToDay(value: Dayjs): string {
  return value.format('YYYY-MM-DD');
}

/** The calendar's week: 2026年5月11日 - 5月17日. */
export function formatWeekRange(first: Dayjs, last: Dayjs): string {
  return `${first.format('YYYY年M月D日')} - ${last.format('M月D日')}`;
}

/** A calendar day's name for screen readers: 5月14日 星期四. */
export function formatDayName(day: Dayjs): string {
  return day.format('M月D日 dddd');
}

/** A calendar day's heading: 5/14 周四. */
export function formatDayHeading(day: Dayjs): string {
  return day.format('M/D ddd');
}

import dayjs, { type Dayjs } from 'dayjs';

// The console picks and shows wall-clock times in Shanghai, whatever the browser's own zone
// (docs/ARCHITECTURE.md: stored in UTC, shown in Asia/Shanghai; China has no daylight saving).
const OFFSET_MS = 8 * 3_600_000;

/** 'YYYY-MM-DD' of an instant in Shanghai. */
export function shanghaiDay(iso: string | Date): string {
  return new Date(new Date(iso).getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** 'HH:mm' of an instant in Shanghai. */
export function shanghaiClock(iso: string): string {
  return new Date(new Date(iso).getTime() + OFFSET_MS).toISOString().slice(11, 16);
}

/** A picker's value (a Shanghai wall-clock time) as the ISO time the API takes. */
export function toShanghaiIso(value: Dayjs): string {
  return `${value.format('YYYY-MM-DDTHH:mm')}:00+08:00`;
}

/** An instant as the picker's wall-clock value. */
export function fromShanghaiIso(iso: string): Dayjs {
  return dayjs(new Date(new Date(iso).getTime() + OFFSET_MS).toISOString().slice(0, 16));
}

// Times are stored in UTC and shown in Asia/Shanghai (docs/ARCHITECTURE.md). China has kept UTC+8
// without daylight saving since 1991, so a fixed offset is exact for every date we handle.
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

function shanghaiClock(at: Date): Date {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS);
}

/** The calendar day in Shanghai, 'YYYY-MM-DD'. */
export function shanghaiDate(at: Date = new Date()): string {
  return shanghaiClock(at).toISOString().slice(0, 10);
}

/** The UTC instant of a Shanghai wall-clock time: `shanghaiTime('2026-11-22', 14)` is 06:00Z. */
export function shanghaiTime(date: string, hour: number, minute = 0): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, hour, minute) - SHANGHAI_OFFSET_MS);
}

/** Full years of age on `today` (both 'YYYY-MM-DD'): the birthday itself counts. */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** '2026年11月22日（星期日）14:00', as an interview notice reads in Shanghai. */
export function formatShanghaiDateTime(at: Date): string {
  const local = shanghaiClock(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日` +
    `（星期${WEEKDAYS[local.getUTCDay()]}）${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`
  );
}

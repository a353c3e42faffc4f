// One result shape for every validator in this folder, so the server (AppError details) and the web
// (form field messages) read a failure the same way: a stable UPPER_SNAKE `code` for logic and tests,
// and a Chinese `reason` written for the person at the keyboard. Soft problems that must not block
// (reference §3 pilot-region credit codes, §4 non-Luhn UnionPay cards) travel as `warnings`.
export type Validation<T> =
  | { ok: true; value: T; warnings: string[] }
  | { ok: false; code: string; reason: string };

export function valid<T>(value: T, warnings: string[] = []): Validation<T> {
  return { ok: true, value, warnings };
}

export function invalid<T = never>(code: string, reason: string): Validation<T> {
  return { ok: false, code, reason };
}

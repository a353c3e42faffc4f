import { AppError } from './app-error';

// Issue 10: text that PostgreSQL cannot store, or dates it cannot, used to reach the database and
// come back as a 500. One check before validation, for every route: a NUL character anywhere in the
// body, query or parameters, or an ISO date outside 1900–2199, is a 400 naming the field.

const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2199;
const ISO_DATE_START = /^([+-]?\d{4,6})-\d{2}-\d{2}/;

export interface InputProblem {
  field: string;
  reason: string;
}

function problemOf(value: string): string | undefined {
  if (value.includes('\u0000')) return '不能包含空字符（\\u0000）等不可见控制字符';
  const date = ISO_DATE_START.exec(value);
  if (date) {
    const year = Number(date[1]);
    if (year < EARLIEST_YEAR || year > LATEST_YEAR)
      return `日期超出范围，年份须在${EARLIEST_YEAR}至${LATEST_YEAR}之间`;
  }
  return undefined;
}

/** The first string in `value` (any depth) that cannot be stored, with its dotted path. */
export function findInputProblem(value: unknown, path: string[] = [], depth = 0): InputProblem | undefined {
  if (typeof value === 'string') {
    const reason = problemOf(value);
    return reason ? { field: path.join('.'), reason } : undefined;
  }
  if (depth > 32 || value === null || typeof value !== 'object') return undefined;
  if (Buffer.isBuffer(value)) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const keyProblem = key.includes('\u0000')
      ? { field: path.join('.'), reason: '字段名不能包含空字符' }
      : undefined;
    const found = keyProblem ?? findInputProblem(child, [...path, key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The preValidation check of every route: throws a 400 VALIDATION_FAILED naming the field. */
export function assertStorableInput(parts: { body?: unknown; query?: unknown; params?: unknown }): void {
  for (const source of ['params', 'query', 'body'] as const) {
    const problem = findInputProblem(parts[source]);
    if (problem) {
      const field = problem.field || source;
      throw new AppError('VALIDATION_FAILED', problem.reason, {
        fields: [{ field, reason: problem.reason }],
      });
    }
  }
}

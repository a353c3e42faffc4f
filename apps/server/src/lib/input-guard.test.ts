import { describe, expect, it } from 'vitest';
import { AppError } from './app-error';
import { assertStorableInput, findInputProblem } from './input-guard';

describe('input guard', () => {
  it('finds a NUL at any depth and names the field', () => {
    expect(findInputProblem({ account: 'a\u0000' })).toMatchObject({ field: 'account' });
    expect(findInputProblem({ education: [{ school: 'x' }, { school: '复旦\u0000' }] })).toMatchObject({
      field: 'education.1.school',
    });
  });

  it('refuses dates outside 1900-2199 and keeps ordinary ones', () => {
    expect(findInputProblem({ startsAt: '0000-01-01T00:00:00Z' })?.reason).toContain('日期超出范围');
    expect(findInputProblem({ startsAt: '+275760-09-13T00:00:00Z' })?.reason).toContain('日期超出范围');
    expect(
      findInputProblem({ startsAt: '2026-12-07T09:00:00+08:00', note: '2026-05-01 面试' }),
    ).toBeUndefined();
  });

  it('throws a 400 VALIDATION_FAILED with the field', () => {
    try {
      assertStorableInput({ query: { keyword: '技\u0000工' } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(400);
      expect((error as AppError).details).toEqual({
        fields: [{ field: 'keyword', reason: expect.any(String) }],
      });
    }
  });
});

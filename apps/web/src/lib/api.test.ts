import { describe, expect, it } from 'vitest';
import { ApiError, applyFieldErrors } from './api';

function formSpy() {
  const set: Array<{ name: unknown; errors: string[] }> = [];
  return { set, form: { setFields: (fields: typeof set) => set.push(...fields) } };
}

const failure = (fields: Array<{ field: string; reason: string }>) =>
  new ApiError(400, { code: 'VALIDATION_FAILED', message: '请检查填写的内容', details: { fields } });

describe('applyFieldErrors', () => {
  it('puts a nested server field under the form path that names it', () => {
    const { set, form } = formSpy();
    const error = failure([
      { field: 'education.0.school', reason: '请输入学校名称' },
      { field: 'company.email', reason: '邮箱格式不正确' },
    ]);
    const landed = applyFieldErrors(form, error, [
      ['education', 0, 'school'],
      ['company', 'email'],
      'mobile',
    ]);
    expect(landed).toBe(true);
    expect(set).toEqual([
      { name: ['education', 0, 'school'], errors: ['请输入学校名称'] },
      { name: ['company', 'email'], errors: ['邮箱格式不正确'] },
    ]);
  });

  it('leaves the message to the caller when no field is on this form', () => {
    const { set, form } = formSpy();
    expect(
      applyFieldErrors(form, failure([{ field: 'education.1.school', reason: '请输入学校名称' }]), [
        'mobile',
      ]),
    ).toBe(false);
    expect(applyFieldErrors(form, new Error('boom'), ['mobile'])).toBe(false);
    expect(set).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { invalid, valid } from './result';

describe('Validation helpers', () => {
  it('valid() carries the value and defaults to no warnings', () => {
    expect(valid('x')).toEqual({ ok: true, value: 'x', warnings: [] });
    expect(valid(1, ['注意'])).toEqual({ ok: true, value: 1, warnings: ['注意'] });
  });

  it('invalid() carries a stable code and a Chinese reason', () => {
    expect(invalid('ID_CHECKSUM', '身份证号校验位不正确')).toEqual({
      ok: false,
      code: 'ID_CHECKSUM',
      reason: '身份证号校验位不正确',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { labelOf } from './dictionary';
import { PROVINCES } from './province';

describe('PROVINCES (GB/T 2260, reference §10)', () => {
  it('has 34 unique two-digit codes', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(new Set(PROVINCES.map((province) => province.code)).size).toBe(34);
  });

  it('breaks down into 4 municipalities, 23 provinces, 5 autonomous regions and 2 SARs', () => {
    const count = (suffix: string) => PROVINCES.filter((p) => p.label.endsWith(suffix)).length;
    expect(count('市')).toBe(4);
    expect(count('省')).toBe(23);
    expect(count('自治区')).toBe(5);
    expect(count('特别行政区')).toBe(2);
  });

  it.each([
    ['31', '上海市'],
    ['44', '广东省'],
    ['65', '新疆维吾尔自治区'],
    ['71', '台湾省'],
    ['82', '澳门特别行政区'],
  ])('%s is %s', (code, label) => {
    expect(labelOf(PROVINCES, code)).toBe(label);
  });
});

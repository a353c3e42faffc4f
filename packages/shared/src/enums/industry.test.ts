import { describe, expect, it } from 'vitest';
import { labelOf } from './dictionary';
import { INDUSTRIES } from './industry';

describe('INDUSTRIES (GB/T 4754-2017 sections, reference §9)', () => {
  it('has the 20 sections A..T in order', () => {
    expect(INDUSTRIES.map((industry) => industry.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
  });

  it.each([
    ['A', '农、林、牧、渔业'],
    ['D', '电力、热力、燃气及水生产和供应业'],
    ['I', '信息传输、软件和信息技术服务业'],
    ['P', '教育'],
    ['S', '公共管理、社会保障和社会组织'],
    ['T', '国际组织'],
  ])('%s is %s', (code, label) => {
    expect(labelOf(INDUSTRIES, code)).toBe(label);
  });
});

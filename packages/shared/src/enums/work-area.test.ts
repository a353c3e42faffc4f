import { describe, expect, it } from 'vitest';
import { labelOf } from './dictionary';
import { SHANGHAI_DISTRICTS, WORK_AREAS } from './work-area';

describe('SHANGHAI_DISTRICTS (reference §6)', () => {
  it('has the 16 current districts with unique 3101xx codes', () => {
    expect(SHANGHAI_DISTRICTS).toHaveLength(16);
    expect(new Set(SHANGHAI_DISTRICTS.map((district) => district.code)).size).toBe(16);
    for (const district of SHANGHAI_DISTRICTS) expect(district.code).toMatch(/^3101\d{2}$/);
  });

  it.each([
    ['310101', '黄浦区'],
    ['310106', '静安区'],
    ['310115', '浦东新区'],
    ['310120', '奉贤区'],
    ['310151', '崇明区'],
  ])('%s is %s', (code, label) => {
    expect(labelOf(SHANGHAI_DISTRICTS, code)).toBe(label);
  });

  it('leaves out the abolished districts', () => {
    for (const code of ['310103', '310108', '310119', '310230']) {
      expect(labelOf(SHANGHAI_DISTRICTS, code)).toBeUndefined();
    }
  });
});

describe('WORK_AREAS (seed 000 §三.3(5))', () => {
  it('offers 全市, 外省市, then the 16 districts', () => {
    expect(WORK_AREAS).toHaveLength(18);
    expect(WORK_AREAS[0]).toEqual({ code: '310000', label: '全市' });
    expect(WORK_AREAS[1]).toEqual({ code: 'OUT', label: '外省市' });
    expect(WORK_AREAS.slice(2)).toEqual([...SHANGHAI_DISTRICTS]);
  });
});

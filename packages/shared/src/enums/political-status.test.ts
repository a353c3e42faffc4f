import { describe, expect, it } from 'vitest';
import { labelOf } from './dictionary';
import { POLITICAL_STATUSES } from './political-status';

describe('POLITICAL_STATUSES (GB/T 4762-1984, reference §8)', () => {
  it('has codes 01..13 in order', () => {
    expect(POLITICAL_STATUSES.map((status) => status.code)).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
      '11',
      '12',
      '13',
    ]);
  });

  it.each([
    ['01', '中国共产党党员', '中共党员'],
    ['03', '中国共产主义青年团团员', '共青团员'],
    ['04', '中国国民党革命委员会会员', '民革会员'],
    ['10', '九三学社社员', '九三社员'],
    ['12', '无党派民主人士', '无党派人士'],
    ['13', '群众', '群众'],
  ])('%s is %s (%s)', (code, label, shortLabel) => {
    const status = POLITICAL_STATUSES.find((entry) => entry.code === code);
    expect(status?.label).toBe(label);
    expect(status?.shortLabel).toBe(shortLabel);
    expect(labelOf(POLITICAL_STATUSES, code)).toBe(label);
  });
});

import { describe, expect, it } from 'vitest';
import { labelOf } from './dictionary';
import { EDUCATION_LEVELS, educationFromGbCode, meetsEducation } from './education';

describe('EDUCATION_LEVELS (seed 000 §三.3(2))', () => {
  it('has the five app options with their exact labels, highest first', () => {
    expect(EDUCATION_LEVELS.map((level) => [level.code, level.label])).toEqual([
      ['10', '硕士研究生及以上学历'],
      ['20', '大学本科'],
      ['30', '大学专科/高职'],
      ['40', '高中/中专/技校'],
      ['70', '初中或以下'],
    ]);
    expect(EDUCATION_LEVELS.map((level) => level.rank)).toEqual([5, 4, 3, 2, 1]);
  });

  it('maps every GB/T 4658-2006 code to exactly one level (reference §7)', () => {
    const all = EDUCATION_LEVELS.flatMap((level) => [...level.gbCodes]);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(10 + 5 + 4 + 14 + 7);
  });
});

describe('educationFromGbCode', () => {
  it.each([
    ['11', '10'], // 博士研究生毕业
    ['14', '10'], // 硕士研究生毕业
    ['21', '20'], // 大学本科毕业
    ['28', '20'], // 大学普通班毕业
    ['31', '30'], // 大学专科毕业 (includes 高职)
    ['47', '40'], // 技工学校毕业
    ['61', '40'], // 普通高中毕业
    ['71', '70'], // 初中毕业
    ['81', '70'], // 小学毕业
    ['90', '70'], // 其他
  ])('GB/T 4658 %s → app level %s', (gb, app) => {
    expect(educationFromGbCode(gb)).toBe(app);
  });

  it('returns undefined for codes GB/T 4658 does not define', () => {
    expect(educationFromGbCode('50')).toBeUndefined();
    expect(educationFromGbCode('72')).toBeUndefined();
  });
});

describe('meetsEducation', () => {
  it('accepts the required level and anything higher', () => {
    expect(meetsEducation('20', '20')).toBe(true);
    expect(meetsEducation('10', '20')).toBe(true);
    expect(meetsEducation('30', '20')).toBe(false);
    expect(meetsEducation('70', '40')).toBe(false);
  });

  it('accepts everyone when the job has no requirement (不限)', () => {
    expect(meetsEducation('70', null)).toBe(true);
  });

  it('labels resolve through the dictionary helper', () => {
    expect(labelOf(EDUCATION_LEVELS, '30')).toBe('大学专科/高职');
  });
});

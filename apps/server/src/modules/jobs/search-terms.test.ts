import { describe, expect, it } from 'vitest';
import { comesAfter, decodeSearchCursor, encodeSearchCursor } from './search-cursor';
import {
  ageTermFor,
  ageTermsOf,
  keywordTermsOf,
  normaliseSearchText,
  planKeyword,
  searchTextOf,
} from './search-terms';

describe('search terms', () => {
  it('folds full width and case and drops white space', () => {
    expect(normaliseSearchText(' ＵＩ 设计Ｊava ')).toBe('ui设计java');
    expect(searchTextOf({ title: 'Java开发', occupation: '软件 工程师' })).toBe('java开发\n软件工程师');
  });

  it('indexes every character and every neighbouring pair, never across title and occupation', () => {
    const { unigrams, bigrams } = keywordTermsOf({ title: 'CNC操作工', occupation: '数控技工' });
    expect(unigrams).toEqual(['c', 'n', '操', '作', '工', '数', '控', '技']);
    expect(bigrams).toEqual(['cn', 'nc', 'c操', '操作', '作工', '数控', '控技', '技工']);
    expect(bigrams).not.toContain('工数');
  });

  it('reads one or two characters as one term and checks longer keywords as a whole', () => {
    expect(planKeyword(undefined)).toEqual({ kind: 'none' });
    expect(planKeyword('  ')).toEqual({ kind: 'none' });
    expect(planKeyword('工')).toEqual({ kind: 'exact', term: '工', keyword: '工' });
    expect(planKeyword('Ｊa')).toEqual({ kind: 'exact', term: 'ja', keyword: 'ja' });
    expect(planKeyword('工程工程')).toEqual({
      kind: 'verified',
      bigrams: ['工程', '程工'],
      keyword: '工程工程',
    });
  });

  it('indexes the young and old age bands a job takes, and looks an age up in its band', () => {
    expect(ageTermsOf({ ageMin: 16, ageMax: 55 })).toEqual(['age:≤17', 'age:≥46', 'age:≥51']);
    expect(ageTermsOf({ ageMin: 18, ageMax: 45 })).toEqual([]);
    expect(ageTermsOf({ ageMin: 40, ageMax: 65 })).toEqual(['age:≥46', 'age:≥51', 'age:≥56', 'age:≥61']);
    expect([16, 17, 18, 45, 46, 50, 58, 65].map(ageTermFor)).toEqual([
      'age:≤17',
      'age:≤17',
      undefined,
      undefined,
      'age:≥46',
      'age:≥46',
      'age:≥56',
      'age:≥61',
    ]);
    expect(ageTermFor(undefined)).toBeUndefined();
  });
});

describe('search cursor', () => {
  const cursor = {
    pinned: true,
    publishedAt: new Date('2026-11-20T02:03:04.567Z'),
    jobId: '0b0c8a64-55f5-4d3f-9d8e-8f4b8d1c2a10',
  };

  it('goes there and back, and refuses anything else', () => {
    expect(decodeSearchCursor(encodeSearchCursor(cursor))).toEqual(cursor);
    expect(() => decodeSearchCursor('bm9wZQ')).toThrow('翻页参数无效，请重新搜索');
    expect(() => decodeSearchCursor(Buffer.from('[1,"x","y"]').toString('base64url'))).toThrow();
  });

  it('orders newest first, then by id descending', () => {
    const earlier = { ...cursor, publishedAt: new Date('2026-11-20T02:03:04.566Z') };
    expect(comesAfter(earlier, cursor)).toBe(true);
    expect(comesAfter(cursor, earlier)).toBe(false);
    expect(comesAfter({ ...cursor, jobId: '0a0c8a64-55f5-4d3f-9d8e-8f4b8d1c2a10' }, cursor)).toBe(true);
    expect(comesAfter(cursor, cursor)).toBe(false);
  });
});

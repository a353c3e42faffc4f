import { describe, expect, it } from 'vitest';
import { codesOf, isCodeOf, labelOf, NOT_LIMITED, withNotLimited } from './dictionary';
import { WORK_NATURES } from './work-nature';

describe('labelOf', () => {
  it('finds the label for a code and returns undefined for unknown or missing codes', () => {
    expect(labelOf(WORK_NATURES, '03')).toBe('保险代理人');
    expect(labelOf(WORK_NATURES, '99')).toBeUndefined();
    expect(labelOf(WORK_NATURES, null)).toBeUndefined();
    expect(labelOf(WORK_NATURES, undefined)).toBeUndefined();
  });

  it('does not treat the 不限 code as a stored value', () => {
    expect(labelOf(WORK_NATURES, '')).toBeUndefined();
  });
});

describe('NOT_LIMITED and withNotLimited (seed 000 §三.3(6))', () => {
  it('is the empty code labelled 不限', () => {
    expect(NOT_LIMITED).toEqual({ code: '', label: '不限' });
  });

  it('puts 不限 first in a filter list without changing the list itself', () => {
    const options = withNotLimited(WORK_NATURES);
    expect(options).toHaveLength(6);
    expect(options[0]).toEqual({ code: '', label: '不限' });
    expect(labelOf(options, '')).toBe('不限');
    expect(WORK_NATURES).toHaveLength(5);
  });
});

describe('codesOf and isCodeOf', () => {
  it('lists the codes in order for z.enum()', () => {
    expect(codesOf(WORK_NATURES)).toEqual(['01', '02', '03', '04', '05']);
  });

  it('narrows only real codes', () => {
    expect(isCodeOf(WORK_NATURES, '05')).toBe(true);
    expect(isCodeOf(WORK_NATURES, '06')).toBe(false);
    expect(isCodeOf(WORK_NATURES, 5)).toBe(false);
  });
});

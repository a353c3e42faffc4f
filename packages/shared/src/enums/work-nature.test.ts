import { describe, expect, it } from 'vitest';
import { WORK_NATURES } from './work-nature';

describe('WORK_NATURES (seed 000 §三.3(4))', () => {
  it('has the five app options verbatim with codes 01..05', () => {
    expect(WORK_NATURES).toEqual([
      { code: '01', label: '全日制劳动合同' },
      { code: '02', label: '事业单位聘用合同' },
      { code: '03', label: '保险代理人' },
      { code: '04', label: '青年职业见习计划' },
      { code: '05', label: '非正规就业劳动组织用工' },
    ]);
  });
});

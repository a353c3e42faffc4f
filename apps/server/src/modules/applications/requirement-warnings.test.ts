import { describe, expect, it } from 'vitest';
import { ageOn, formatShanghaiDateTime, shanghaiDate, shanghaiTime } from '../../lib/shanghai-time';
import { jobRequirementWarnings } from './requirement-warnings';

describe('job requirement warnings', () => {
  const job = { ageMin: 18, ageMax: 35, education: '20' as const };

  it('says nothing when age and education are met', () => {
    expect(jobRequirementWarnings({ birthDate: '2000-05-01', education: '20' }, job, '2026-11-21')).toEqual(
      [],
    );
    expect(
      jobRequirementWarnings(
        { birthDate: '2000-05-01', education: '70' },
        { ...job, education: null },
        '2026-11-21',
      ),
    ).toEqual([]);
  });

  it("names the required age range and the seeker's age", () => {
    // 35 until the day before the 36th birthday: still inside 18-35.
    expect(jobRequirementWarnings({ birthDate: '1990-11-22', education: '10' }, job, '2026-11-21')).toEqual(
      [],
    );
    expect(jobRequirementWarnings({ birthDate: '1990-11-21', education: '10' }, job, '2026-11-21')).toEqual([
      '该岗位要求年龄18至35周岁，您目前36周岁。',
    ]);
  });

  it("names the required and the seeker's education", () => {
    expect(jobRequirementWarnings({ birthDate: '2000-01-01', education: '40' }, job, '2026-11-21')).toEqual([
      '该岗位要求大学本科及以上学历，您的学历为高中/中专/技校。',
    ]);
    expect(
      jobRequirementWarnings(
        { birthDate: '2000-01-01', education: '20' },
        { ...job, education: '10' },
        '2026-11-21',
      ),
    ).toEqual(['该岗位要求硕士研究生及以上学历，您的学历为大学本科。']);
  });
});

describe('Shanghai time', () => {
  it('counts the birthday itself as the new age', () => {
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOn('2000-02-29', '2026-03-01')).toBe(26);
    expect(ageOn('1990-11-21', '2026-11-21')).toBe(36);
  });

  it('uses the Shanghai calendar day, 8 hours ahead of UTC', () => {
    expect(shanghaiDate(new Date('2026-11-21T15:59:59Z'))).toBe('2026-11-21');
    expect(shanghaiDate(new Date('2026-11-21T16:00:00Z'))).toBe('2026-11-22');
    expect(shanghaiTime('2026-11-22', 14).toISOString()).toBe('2026-11-22T06:00:00.000Z');
  });

  it('writes an interview time as a notice reads', () => {
    expect(formatShanghaiDateTime(new Date('2026-11-22T06:00:00Z'))).toBe('2026年11月22日（星期日）14:00');
  });
});

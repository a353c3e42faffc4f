import { describe, expect, it } from 'vitest';
import { type MatchCandidate, type MatchJob, matchTalent, titleLikeness } from './talent-match';

const job: MatchJob = {
  title: '数控车床操作工',
  occupation: '数控车工',
  education: '20',
  ageMin: 20,
  ageMax: 40,
  workArea: '310115',
  salaryMin: 8000,
  salaryMax: 12000,
  skills: '熟悉FANUC系统，会看图纸，能使用三坐标测量。',
  description: '负责数控车床的操作与日常保养。',
};

const candidate: MatchCandidate = {
  age: 30,
  education: '20',
  occupations: ['数控车工'],
  workAreas: ['310115'],
  salaryMin: 9000,
  salaryMax: 11000,
  experienceTitles: [],
  skills: [],
};

describe('人才推荐 matching (seed 002 人才中心)', () => {
  it('says why a resume fits, in the console’s words', () => {
    expect(
      matchTalent({ ...candidate, occupations: ['数控车'] }, { ...job, occupation: '机床操作' }),
    ).toEqual({
      score: expect.any(Number),
      reasons: [
        '求职意向“数控车”与职位“数控车床操作工”相符',
        '期望工作地区浦东新区',
        '学历本科满足要求',
        '年龄30岁符合要求',
        '期望薪资9000-11000元与职位薪资相符',
      ],
    });
  });

  it('ignores a resume whose intention, experience and skills have nothing to do with the job', () => {
    expect(matchTalent({ ...candidate, occupations: ['会计'] }, job)).toBeNull();
    // Sharing only a generic word (经理) is not the same work.
    expect(titleLikeness('销售经理', '项目经理')).toBe(0);
  });

  it('finds the job through past job titles and the skills the posting asks for', () => {
    const match = matchTalent(
      {
        ...candidate,
        occupations: ['仓库管理员'],
        experienceTitles: ['数控车工（CNC）'],
        skills: ['三坐标测量', 'Excel'],
      },
      job,
    );
    expect(match?.reasons.slice(0, 2)).toEqual([
      '有“数控车工（CNC）”相关工作经历',
      '掌握职位要求的技能“三坐标测量”',
    ]);
  });

  it('ranks a resume that misses the education or age requirement below one that meets them', () => {
    const fits = matchTalent(candidate, job)!;
    const tooYoung = matchTalent({ ...candidate, age: 18 }, job)!;
    const belowEducation = matchTalent({ ...candidate, education: '40' }, job)!;
    expect(tooYoung.score).toBeLessThan(fits.score);
    expect(belowEducation.score).toBeLessThan(fits.score);
    expect(tooYoung.reasons).not.toContain('年龄18岁符合要求');
    expect(belowEducation.reasons.some((r) => r.startsWith('学历'))).toBe(false);
  });

  it('counts a wish for 全市 as any district, and an exact district above it', () => {
    const anywhere = matchTalent({ ...candidate, workAreas: ['310000'] }, job)!;
    expect(anywhere.reasons).toContain('期望工作地区全市');
    expect(anywhere.score).toBeLessThan(matchTalent(candidate, job)!.score);
  });
});

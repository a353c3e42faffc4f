import { describe, expect, it } from 'vitest';
import {
  BASIC_INFORMATION_WEIGHT,
  computeResumeCompleteness,
  RESUME_SECTION_WEIGHTS,
} from './resume-completeness';

describe('resume completeness', () => {
  it('adds up to 100 with every section filled', () => {
    expect(BASIC_INFORMATION_WEIGHT + RESUME_SECTION_WEIGHTS.reduce((sum, s) => sum + s.weight, 0)).toBe(100);
  });

  it('names the empty sections in page order', () => {
    expect(
      computeResumeCompleteness({
        educations: [],
        experiences: [],
        skills: ['电工'],
        certificates: [],
        jobIntention: null,
        selfIntroduction: '',
        allowRecommendation: false,
      }),
    ).toEqual({ completeness: 30, missing: ['教育经历', '工作经历', '求职意向', '自我介绍', '证书'] });
  });
});

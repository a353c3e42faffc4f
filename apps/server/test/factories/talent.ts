import type { FastifyInstance } from 'fastify';
import { createApplicant } from '../factories';

/** A seeker with a saved resume, through the API as the PC page saves it (seed 000 §二.2). */
export async function createTalent(
  app: FastifyInstance,
  options: {
    name?: string;
    birth?: string;
    occupations?: string[];
    workAreas?: string[];
    salary?: [number, number];
    allowRecommendation?: boolean;
    educations?: Array<{ school: string; education: string; startMonth: string; endMonth: string | null }>;
  } = {},
) {
  const seeker = await createApplicant(app, {
    birth: options.birth ?? '19950601',
    name: options.name ?? '陈晓东',
  });
  const saved = await seeker.client.request('PUT', '/api/seeker/resume', {
    educations: (options.educations ?? []).map((e) => ({ major: '机械工程', ...e })),
    experiences: [],
    skills: [],
    certificates: [],
    jobIntention: {
      occupations: options.occupations ?? ['数控车工'],
      workAreas: options.workAreas ?? ['310115'],
      workNature: '01',
      salaryMin: options.salary?.[0] ?? 9000,
      salaryMax: options.salary?.[1] ?? 11000,
    },
    selfIntroduction: '',
    allowRecommendation: options.allowRecommendation ?? true,
  });
  if (saved.status !== 200) throw new Error(`resume failed: ${JSON.stringify(saved.body)}`);
  return seeker;
}

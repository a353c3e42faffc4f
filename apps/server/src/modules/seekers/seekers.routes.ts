import { CompleteSeekerProfileInput, Resume, SeekerProfile, UpdateResumeInput } from '@openrecruit/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireSeeker } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { completeSeekerProfile } from './complete-seeker-profile';
import { getResume } from './get-resume';
import { getSeekerProfile } from './get-seeker-profile';
import { updateResume } from './update-resume';

/** Seed 000 §二 (我的简历) and §三.2 (完善个人信息), under /api/seeker. */
export const seekerRoutes: FastifyPluginAsyncZod = authenticated('seeker', async (app) => {
  const tags = ['求职者简历 seeker resume'];
  app.get(
    '/profile',
    {
      schema: {
        tags,
        summary: '基本信息（人社部门提供）',
        response: { 200: SeekerProfile, ...errorResponses },
      },
    },
    async (request) => getSeekerProfile(app.ctx, { accountId: requireSeeker(request).accountId }),
  );
  app.post(
    '/profile/complete',
    {
      schema: {
        tags,
        summary: '完善个人信息：学历、政治面貌（提交后无法在APP中修改）',
        body: CompleteSeekerProfileInput,
        response: { 200: SeekerProfile, ...errorResponses },
      },
    },
    async (request) =>
      completeSeekerProfile(app.ctx, { accountId: requireSeeker(request).accountId, ...request.body }),
  );
  app.get(
    '/resume',
    { schema: { tags, summary: '我的简历', response: { 200: Resume, ...errorResponses } } },
    async (request) => getResume(app.ctx, { accountId: requireSeeker(request).accountId }),
  );
  app.put(
    '/resume',
    {
      schema: {
        tags,
        summary: '修改简历（基本信息除外）',
        body: UpdateResumeInput,
        response: { 200: Resume, ...errorResponses },
      },
    },
    async (request) =>
      updateResume(app.ctx, { accountId: requireSeeker(request).accountId, resume: request.body }),
  );
});

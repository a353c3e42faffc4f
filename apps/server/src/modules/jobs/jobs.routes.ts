import { JobDetail, PublicJobDetail, SearchJobsQuery, SearchJobsResult } from '@openrecruit/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSeeker } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { findJobs } from './find-jobs';
import { getJobDetail, getPublicJobDetail } from './get-job-detail';

const tags = ['职位搜索 jobs'];
const params = z.object({ jobId: z.uuid('岗位ID格式不正确') });

/** Seed 000 §三: the seeker's job search and job page (/api/seeker/jobs), and the shared page (/api/public/jobs). */
export const jobRoutes: FastifyPluginAsyncZod = async (app) => {
  app.register(
    authenticated('seeker', async (seeker) => {
      seeker.get(
        '/seeker/jobs',
        {
          schema: {
            tags,
            summary: '职位搜索（关键词、文化程度、年龄、工作性质、工作地区；置顶在前，其余按发布时间）',
            querystring: SearchJobsQuery,
            response: { 200: SearchJobsResult, ...errorResponses },
          },
        },
        async (request) => findJobs(app.ctx, { seeker: requireSeeker(request), filters: request.query }),
      );
      seeker.get(
        '/seeker/jobs/:jobId',
        {
          schema: {
            tags,
            summary: '岗位详情（含收藏、当前应聘记录、年龄与学历提示）',
            params,
            response: { 200: JobDetail, ...errorResponses },
          },
        },
        async (request) =>
          getJobDetail(app.ctx, { seeker: requireSeeker(request), jobId: request.params.jobId }),
      );
    }),
  );
  app.get(
    '/public/jobs/:jobId',
    {
      schema: {
        tags,
        summary: '岗位详情（分享链接、二维码，无需登录）',
        params,
        response: { 200: PublicJobDetail, ...errorResponses },
      },
    },
    async (request) => getPublicJobDetail(app.ctx, { jobId: request.params.jobId }),
  );
};

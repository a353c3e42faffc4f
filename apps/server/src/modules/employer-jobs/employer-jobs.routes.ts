import {
  EmployerJobDetail,
  EmployerJobInput,
  EmployerJobList,
  EmployerJobListQuery,
  JobPinInput,
  JobPinView,
  JobShare,
} from '@openrecruit/shared';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireCompanyMember } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { cancelJobPin } from './cancel-job-pin';
import { deleteJob } from './delete-job';
import { editJob } from './edit-job';
import { findCompanyJobs } from './find-company-jobs';
import { findJobPins } from './find-job-pins';
import { getCompanyJob } from './get-company-job';
import { pinJob } from './pin-job';
import { publishJob } from './publish-job';
import { republishJob } from './republish-job';
import { shareJob } from './share-job';
import { takeJobOffline } from './take-job-offline';

const tags = ['职位管理 employer jobs'];
const params = z.object({ id: z.uuid('职位ID格式不正确') });
const pinParams = params.extend({ pinId: z.uuid('置顶ID格式不正确') });
const done = z.object({ ok: z.literal(true) });

/** The site as the browser reached it, for the absolute link of a shared job. */
function originOf(request: FastifyRequest): string {
  const origin = `${request.protocol}://${request.host}`;
  return URL.canParse(origin) ? origin : 'http://localhost';
}

/** Seed 002 职位管理 (/api/employer/jobs): every job is looked up in the caller's company only. */
export const employerJobRoutes = authenticated('employer', async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '职位列表（招聘中 / 已下架，关键词，分页）',
        querystring: EmployerJobListQuery,
        response: { 200: EmployerJobList, ...errorResponses },
      },
    },
    async (request) => findCompanyJobs(app.ctx, { member: requireCompanyMember(request), ...request.query }),
  );
  app.post(
    '',
    {
      schema: {
        tags,
        summary: '新增职位（保存即发布到招聘中；单位须已认证）',
        body: EmployerJobInput,
        response: { 200: EmployerJobDetail, ...errorResponses },
      },
    },
    async (request) => publishJob(app.ctx, { member: requireCompanyMember(request), input: request.body }),
  );
  app.get(
    '/:id',
    {
      schema: { tags, summary: '职位详情', params, response: { 200: EmployerJobDetail, ...errorResponses } },
    },
    async (request) =>
      getCompanyJob(app.ctx, { member: requireCompanyMember(request), jobId: request.params.id }),
  );
  app.put(
    '/:id',
    {
      schema: {
        tags,
        summary: '编辑职位（招聘中或已下架，状态不变）',
        params,
        body: EmployerJobInput,
        response: { 200: EmployerJobDetail, ...errorResponses },
      },
    },
    async (request) =>
      editJob(app.ctx, {
        member: requireCompanyMember(request),
        jobId: request.params.id,
        input: request.body,
      }),
  );
  for (const [path, change, summary] of [
    ['/:id/offline', takeJobOffline, '下架职位（仅招聘中；置顶随之结束）'],
    ['/:id/republish', republishJob, '重新发布（仅已下架；单位须已认证）'],
  ] as const) {
    app.post(
      path,
      { schema: { tags, summary, params, response: { 200: EmployerJobDetail, ...errorResponses } } },
      async (request) => change(app.ctx, { member: requireCompanyMember(request), jobId: request.params.id }),
    );
  }
  app.delete(
    '/:id',
    { schema: { tags, summary: '删除职位（仅已下架）', params, response: { 200: done, ...errorResponses } } },
    async (request) => {
      await deleteJob(app.ctx, { member: requireCompanyMember(request), jobId: request.params.id });
      return { ok: true as const };
    },
  );
  app.get(
    '/:id/share',
    {
      schema: {
        tags,
        summary: '分享职位（仅招聘中）',
        params,
        response: { 200: JobShare, ...errorResponses },
      },
    },
    async (request) =>
      shareJob(app.ctx, {
        member: requireCompanyMember(request),
        jobId: request.params.id,
        origin: originOf(request),
      }),
  );
  app.get(
    '/:id/pins',
    {
      schema: {
        tags,
        summary: '职位的置顶记录',
        params,
        response: { 200: z.array(JobPinView), ...errorResponses },
      },
    },
    async (request) =>
      findJobPins(app.ctx, { member: requireCompanyMember(request), jobId: request.params.id }),
  );
  app.post(
    '/:id/pins',
    {
      schema: {
        tags,
        summary: '置顶职位（仅招聘中；城市与日期，最长30天）',
        params,
        body: JobPinInput,
        response: { 200: JobPinView, ...errorResponses },
      },
    },
    async (request) =>
      pinJob(app.ctx, {
        member: requireCompanyMember(request),
        jobId: request.params.id,
        input: request.body,
      }),
  );
  app.delete(
    '/:id/pins/:pinId',
    { schema: { tags, summary: '取消置顶', params: pinParams, response: { 200: done, ...errorResponses } } },
    async (request) => {
      await cancelJobPin(app.ctx, {
        member: requireCompanyMember(request),
        jobId: request.params.id,
        pinId: request.params.pinId,
      });
      return { ok: true as const };
    },
  );
});

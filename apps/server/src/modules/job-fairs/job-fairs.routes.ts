import {
  AssignBoothInput,
  EmployerJobFair,
  EmployerJobFairListQuery,
  EmployerJobFairPage,
  JobFairInput,
  JobFairRegistration,
  JobFairRegistrationListQuery,
  JobFairRegistrationPage,
  PublicJobFairDetail,
  PublicJobFairListQuery,
  PublicJobFairPage,
  RegisterJobFairInput,
  UniversityJobFairDetail,
  UniversityJobFairListQuery,
  UniversityJobFairPage,
} from '@openrecruit/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCompanyMember, requireUniversityStaff } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { assignJobFairBooth } from './assign-job-fair-booth';
import { autoAssignJobFairBooths } from './auto-assign-job-fair-booths';
import { cancelJobFair } from './cancel-job-fair';
import { createJobFair } from './create-job-fair';
import { editJobFair } from './edit-job-fair';
import { findEmployerJobFairs } from './find-employer-job-fairs';
import { findJobFairRegistrations } from './find-job-fair-registrations';
import { findPublicJobFairs } from './find-public-job-fairs';
import { findUniversityJobFairs } from './find-university-job-fairs';
import { getEmployerJobFair } from './get-employer-job-fair';
import { getPublicJobFair } from './get-public-job-fair';
import { getUniversityJobFair } from './get-university-job-fair';
import { registerJobFair } from './register-job-fair';
import { withdrawJobFairRegistration } from './withdraw-job-fair-registration';

const tags = ['双选会 job fairs'];
const fairParams = z.object({ fairId: z.uuid('双选会ID格式不正确') });
const registrationParams = z.object({ registrationId: z.uuid('报名ID格式不正确') });

/** 双选会管理 (/api/university/job-fairs): the university's staff hold fairs and assign booths. */
export const universityJobFairRoutes = authenticated('university', async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '双选会列表（本校，按举办时间）',
        querystring: UniversityJobFairListQuery,
        response: { 200: UniversityJobFairPage, ...errorResponses },
      },
    },
    async (request) =>
      findUniversityJobFairs(app.ctx, { staff: requireUniversityStaff(request), ...request.query }),
  );
  app.post(
    '',
    {
      schema: {
        tags,
        summary: '新建双选会',
        body: JobFairInput,
        response: { 200: UniversityJobFairDetail, ...errorResponses },
      },
    },
    async (request) =>
      createJobFair(app.ctx, { staff: requireUniversityStaff(request), input: request.body }),
  );
  app.get(
    '/:fairId',
    {
      schema: {
        tags,
        summary: '双选会详情（展位与报名单位）',
        params: fairParams,
        response: { 200: UniversityJobFairDetail, ...errorResponses },
      },
    },
    async (request) =>
      getUniversityJobFair(app.ctx, {
        staff: requireUniversityStaff(request),
        fairId: request.params.fairId,
      }),
  );
  app.put(
    '/:fairId',
    {
      schema: {
        tags,
        summary: '编辑双选会（展位只增不减已分配的）',
        params: fairParams,
        body: JobFairInput,
        response: { 200: UniversityJobFairDetail, ...errorResponses },
      },
    },
    async (request) =>
      editJobFair(app.ctx, {
        staff: requireUniversityStaff(request),
        fairId: request.params.fairId,
        input: request.body,
      }),
  );
  app.post(
    '/:fairId/cancel',
    {
      schema: {
        tags,
        summary: '取消双选会',
        params: fairParams,
        response: { 200: UniversityJobFairDetail, ...errorResponses },
      },
    },
    async (request) =>
      cancelJobFair(app.ctx, { staff: requireUniversityStaff(request), fairId: request.params.fairId }),
  );
  app.post(
    '/:fairId/registrations/:registrationId/booth',
    {
      schema: {
        tags,
        summary: '分配展位 / 取消分配',
        params: fairParams.extend(registrationParams.shape),
        body: AssignBoothInput,
        response: { 200: UniversityJobFairDetail, ...errorResponses },
      },
    },
    async (request) =>
      assignJobFairBooth(app.ctx, {
        staff: requireUniversityStaff(request),
        fairId: request.params.fairId,
        registrationId: request.params.registrationId,
        boothId: request.body.boothId,
      }),
  );
  app.post(
    '/:fairId/auto-assign',
    {
      schema: {
        tags,
        summary: '按报名顺序自动分配展位',
        params: fairParams,
        response: { 200: UniversityJobFairDetail, ...errorResponses },
      },
    },
    async (request) =>
      autoAssignJobFairBooths(app.ctx, {
        staff: requireUniversityStaff(request),
        fairId: request.params.fairId,
      }),
  );
});

/** 校园招聘 > 双选会 (/api/employer/job-fairs): every fair, 报名 and 我的报名. */
export const employerJobFairRoutes = authenticated('employer', async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '全部双选会（各高校，含本单位入驻状态与报名）',
        querystring: EmployerJobFairListQuery,
        response: { 200: EmployerJobFairPage, ...errorResponses },
      },
    },
    async (request) =>
      findEmployerJobFairs(app.ctx, { member: requireCompanyMember(request), ...request.query }),
  );
  app.get(
    '/:fairId',
    {
      schema: {
        tags,
        summary: '双选会详情',
        params: fairParams,
        response: { 200: EmployerJobFair, ...errorResponses },
      },
    },
    async (request) =>
      getEmployerJobFair(app.ctx, { member: requireCompanyMember(request), fairId: request.params.fairId }),
  );
  app.post(
    '/:fairId/registrations',
    {
      schema: {
        tags,
        summary: '报名双选会（需已入驻该高校）',
        params: fairParams,
        body: RegisterJobFairInput,
        response: { 200: JobFairRegistration, ...errorResponses },
      },
    },
    async (request) =>
      registerJobFair(app.ctx, {
        member: requireCompanyMember(request),
        fairId: request.params.fairId,
        input: request.body,
      }),
  );
});

/** 校园招聘 > 双选会 > 我的报名 (/api/employer/job-fair-registrations): the company's registrations. */
export const employerJobFairRegistrationRoutes = authenticated('employer', async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '我的报名',
        querystring: JobFairRegistrationListQuery,
        response: { 200: JobFairRegistrationPage, ...errorResponses },
      },
    },
    async (request) =>
      findJobFairRegistrations(app.ctx, { member: requireCompanyMember(request), ...request.query }),
  );
  app.post(
    '/:registrationId/withdraw',
    {
      schema: {
        tags,
        summary: '撤销报名（报名截止前）',
        params: registrationParams,
        response: { 200: JobFairRegistration, ...errorResponses },
      },
    },
    async (request) =>
      withdrawJobFairRegistration(app.ctx, {
        member: requireCompanyMember(request),
        registrationId: request.params.registrationId,
      }),
  );
});

/** The students' 双选会 pages (/api/public/job-fairs): no login needed. */
export const publicJobFairRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/job-fairs',
    {
      schema: {
        tags,
        summary: '双选会列表（已发布，近期优先）',
        querystring: PublicJobFairListQuery,
        response: { 200: PublicJobFairPage, ...errorResponses },
      },
    },
    async (request) => findPublicJobFairs(app.ctx, request.query),
  );
  app.get(
    '/job-fairs/:fairId',
    {
      schema: {
        tags,
        summary: '双选会详情（参会单位、展位与职位）',
        params: fairParams,
        response: { 200: PublicJobFairDetail, ...errorResponses },
      },
    },
    async (request) => getPublicJobFair(app.ctx, { fairId: request.params.fairId }),
  );
};

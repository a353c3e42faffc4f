import {
  CancelVideoFairInput,
  EmployerVideoFair,
  EmployerVideoFairListQuery,
  EmployerVideoFairPage,
  IdempotencyHeaders,
  RegisterVideoFairInput,
  SeekerVideoFairDetail,
  SeekerVideoFairList,
  UniversityVideoFairDetail,
  UniversityVideoFairListQuery,
  UniversityVideoFairPage,
  VideoFairInput,
  VideoFairInterviewerOptions,
  VideoFairRegistration,
  VideoFairRegistrationListQuery,
  VideoFairRegistrationPage,
} from '@openrecruit/shared';
import { z } from 'zod';
import { requireCompanyMember, requireSeeker, requireUniversityStaff } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { cancelVideoFair } from './cancel-video-fair';
import { cancelVideoFairRegistration } from './cancel-video-fair-registration';
import { cancelVideoFairSignup } from './cancel-video-fair-signup';
import { createVideoFair } from './create-video-fair';
import { editVideoFair } from './edit-video-fair';
import { findEmployerVideoFairs } from './find-employer-video-fairs';
import { findInterviewerOptions } from './find-interviewer-options';
import { findStudentVideoFairs } from './find-student-video-fairs';
import { findUniversityVideoFairs } from './find-university-video-fairs';
import { findVideoFairRegistrations } from './find-video-fair-registrations';
import { getEmployerVideoFair } from './get-employer-video-fair';
import { getStudentVideoFair } from './get-student-video-fair';
import { getUniversityVideoFair } from './get-university-video-fair';
import { getVideoFairRegistration } from './get-video-fair-registration';
import { registerVideoFair } from './register-video-fair';
import { signUpForVideoFair } from './sign-up-for-video-fair';

const tags = ['视频双选会 video fairs'];
const fairParams = z.object({ fairId: z.uuid('视频双选会ID格式不正确') });
const registrationParams = z.object({ registrationId: z.uuid('报名ID格式不正确') });

/** 视频双选会 (/api/university/video-fairs): the university's staff hold fairs. */
export const universityVideoFairRoutes = authenticated('university', async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '视频双选会列表（本校，含报名与面试统计）',
        querystring: UniversityVideoFairListQuery,
        response: { 200: UniversityVideoFairPage, ...errorResponses },
      },
    },
    async (request) =>
      findUniversityVideoFairs(app.ctx, { staff: requireUniversityStaff(request), ...request.query }),
  );
  app.post(
    '',
    {
      schema: {
        tags,
        summary: '新建视频双选会',
        body: VideoFairInput,
        response: { 200: UniversityVideoFairDetail, ...errorResponses },
      },
    },
    async (request) =>
      createVideoFair(app.ctx, { staff: requireUniversityStaff(request), input: request.body }),
  );
  app.get(
    '/:fairId',
    {
      schema: {
        tags,
        summary: '视频双选会详情（面试间情况）',
        params: fairParams,
        response: { 200: UniversityVideoFairDetail, ...errorResponses },
      },
    },
    async (request) =>
      getUniversityVideoFair(app.ctx, {
        staff: requireUniversityStaff(request),
        fairId: request.params.fairId,
      }),
  );
  app.put(
    '/:fairId',
    {
      schema: {
        tags,
        summary: '编辑视频双选会',
        params: fairParams,
        body: VideoFairInput,
        response: { 200: UniversityVideoFairDetail, ...errorResponses },
      },
    },
    async (request) =>
      editVideoFair(app.ctx, {
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
        summary: '取消视频双选会（退还已支付的报名费，通知单位与学生）',
        params: fairParams,
        body: CancelVideoFairInput,
        response: { 200: UniversityVideoFairDetail, ...errorResponses },
      },
    },
    async (request) =>
      cancelVideoFair(app.ctx, {
        staff: requireUniversityStaff(request),
        fairId: request.params.fairId,
        input: request.body,
      }),
  );
});

/** 云校招 > 视频双选会 (/api/employer/video-fairs): every published fair, 去报名. */
export const employerVideoFairRoutes = authenticated('employer', async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '视频双选会（各高校，可按名称或高校搜索）',
        querystring: EmployerVideoFairListQuery,
        response: { 200: EmployerVideoFairPage, ...errorResponses },
      },
    },
    async (request) =>
      findEmployerVideoFairs(app.ctx, { member: requireCompanyMember(request), ...request.query }),
  );
  app.get(
    '/interviewer-options',
    {
      schema: {
        tags,
        summary: '可登录面试间的本单位成员',
        response: { 200: VideoFairInterviewerOptions, ...errorResponses },
      },
    },
    async (request) => findInterviewerOptions(app.ctx, { member: requireCompanyMember(request) }),
  );
  app.get(
    '/:fairId',
    {
      schema: {
        tags,
        summary: '视频双选会详情',
        params: fairParams,
        response: { 200: EmployerVideoFair, ...errorResponses },
      },
    },
    async (request) =>
      getEmployerVideoFair(app.ctx, { member: requireCompanyMember(request), fairId: request.params.fairId }),
  );
  app.post(
    '/:fairId/registrations',
    {
      schema: {
        tags,
        summary: '确认报名并支付（快点或微信支付；Idempotency-Key 必填，重试返回同一报名）',
        params: fairParams,
        headers: IdempotencyHeaders,
        body: RegisterVideoFairInput,
        response: { 200: VideoFairRegistration, ...errorResponses },
      },
    },
    async (request) =>
      registerVideoFair(app.ctx, {
        member: requireCompanyMember(request),
        fairId: request.params.fairId,
        input: request.body,
        requestKey: request.headers['idempotency-key'],
      }),
  );
});

/** 我的报名 (/api/employer/video-fair-registrations). */
export const employerVideoFairRegistrationRoutes = authenticated('employer', async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '我的报名（视频双选会）',
        querystring: VideoFairRegistrationListQuery,
        response: { 200: VideoFairRegistrationPage, ...errorResponses },
      },
    },
    async (request) =>
      findVideoFairRegistrations(app.ctx, { member: requireCompanyMember(request), ...request.query }),
  );
  app.get(
    '/:registrationId',
    {
      schema: {
        tags,
        summary: '报名详情',
        params: registrationParams,
        response: { 200: VideoFairRegistration, ...errorResponses },
      },
    },
    async (request) =>
      getVideoFairRegistration(app.ctx, {
        member: requireCompanyMember(request),
        registrationId: request.params.registrationId,
      }),
  );
  app.post(
    '/:registrationId/cancel',
    {
      schema: {
        tags,
        summary: '取消报名（审核前；已支付的报名费退回）',
        params: registrationParams,
        response: { 200: VideoFairRegistration, ...errorResponses },
      },
    },
    async (request) =>
      cancelVideoFairRegistration(app.ctx, {
        member: requireCompanyMember(request),
        registrationId: request.params.registrationId,
      }),
  );
});

/** 校园 > 视频双选会 (/api/seeker/video-fairs): the fairs of the student's university. */
export const seekerVideoFairRoutes = authenticated('seeker', async (app) => {
  app.get(
    '',
    {
      schema: { tags, summary: '本校视频双选会', response: { 200: SeekerVideoFairList, ...errorResponses } },
    },
    async (request) => findStudentVideoFairs(app.ctx, { seeker: requireSeeker(request) }),
  );
  app.get(
    '/:fairId',
    {
      schema: {
        tags,
        summary: '视频双选会详情（参会单位）',
        params: fairParams,
        response: { 200: SeekerVideoFairDetail, ...errorResponses },
      },
    },
    async (request) =>
      getStudentVideoFair(app.ctx, { seeker: requireSeeker(request), fairId: request.params.fairId }),
  );
  app.post(
    '/:fairId/signup',
    {
      schema: {
        tags,
        summary: '报名参加',
        params: fairParams,
        response: { 200: SeekerVideoFairDetail, ...errorResponses },
      },
    },
    async (request) =>
      signUpForVideoFair(app.ctx, { seeker: requireSeeker(request), fairId: request.params.fairId }),
  );
  app.delete(
    '/:fairId/signup',
    {
      schema: {
        tags,
        summary: '取消报名（开始前）',
        params: fairParams,
        response: { 200: SeekerVideoFairDetail, ...errorResponses },
      },
    },
    async (request) =>
      cancelVideoFairSignup(app.ctx, { seeker: requireSeeker(request), fairId: request.params.fairId }),
  );
});

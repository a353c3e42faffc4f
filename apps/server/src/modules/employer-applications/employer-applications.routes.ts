import { InterviewDetails, Message, SendInterviewNoticeInput, SendMessageInput } from '@openrecruit/shared';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../lib/app-error';
import { authenticated, caller } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import type { CompanyStaff } from './company-staff';
import { confirmInterview } from './confirm-interview';
import {
  EmployerApplicationDetail,
  EmployerApplicationList,
  EmployerApplicationQuery,
  EmployerInterviewResult,
} from './employer-applications.schemas';
import { findCompanyApplications } from './find-company-applications';
import { getCompanyApplication } from './get-company-application';
import { sendEmployerMessage } from './send-employer-message';
import { sendInterviewNotice } from './send-interview-notice';

/** Every query below is scoped to the caller's company: another company's application is 404. */
function staffOf(request: FastifyRequest): CompanyStaff {
  const { account } = caller(request);
  if (!account.companyId) throw new AppError('FORBIDDEN');
  return { accountId: account.id, companyId: account.companyId };
}

const params = z.object({ id: z.uuid('应聘记录ID格式不正确') });

/** Seed 002 简历管理 and the employer's side of seed 000 §六: /api/employer/applications. */
export const employerApplicationRoutes = authenticated('employer', async (app) => {
  const tags = ['单位简历管理 employer applications'];

  app.get(
    '',
    {
      schema: {
        tags,
        summary: '应聘简历列表（按职位、状态筛选，分页）',
        querystring: EmployerApplicationQuery,
        response: { 200: EmployerApplicationList, ...errorResponses },
      },
    },
    async (request) => findCompanyApplications(app.ctx, { staff: staffOf(request), ...request.query }),
  );
  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: '查看应聘简历（标记为已查看）',
        params,
        response: { 200: EmployerApplicationDetail, ...errorResponses },
      },
    },
    async (request) =>
      getCompanyApplication(app.ctx, {
        staff: staffOf(request),
        applicationId: request.params.id,
        ip: request.ip,
      }),
  );
  app.post(
    '/:id/messages',
    {
      schema: {
        tags,
        summary: '回复求职者',
        params,
        body: SendMessageInput,
        response: { 200: Message, ...errorResponses },
      },
    },
    async (request) =>
      sendEmployerMessage(app.ctx, {
        staff: staffOf(request),
        applicationId: request.params.id,
        body: request.body.body,
      }),
  );
  app.post(
    '/:id/interview',
    {
      schema: {
        tags,
        summary: '发送面试通知',
        params,
        body: SendInterviewNoticeInput,
        response: { 200: EmployerInterviewResult, ...errorResponses },
      },
    },
    async (request) =>
      sendInterviewNotice(app.ctx, {
        staff: staffOf(request),
        applicationId: request.params.id,
        body: request.body.body,
      }),
  );
  app.post(
    '/:id/interview/confirm',
    {
      schema: {
        tags,
        summary: '确认面试（求职者选择参加面试后）',
        params,
        body: InterviewDetails,
        response: { 200: EmployerInterviewResult, ...errorResponses },
      },
    },
    async (request) =>
      confirmInterview(app.ctx, {
        staff: staffOf(request),
        applicationId: request.params.id,
        details: request.body,
      }),
  );
});

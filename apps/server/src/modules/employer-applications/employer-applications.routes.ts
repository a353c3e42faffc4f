import {
  ApplicationJobOption,
  DownloadResumesInput,
  EmployerApplicationDetail,
  EmployerApplicationList,
  EmployerApplicationQuery,
  EmployerApplicationSummary,
  EmployerInterviewResult,
  EmployerThread,
  InterviewDetails,
  MarkApplicationInput,
  MarkApplicationsInput,
  MarkApplicationsResult,
  Message,
  SendInterviewNoticeInput,
  SendMessageInput,
} from '@openrecruit/shared';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { requireCompanyMember } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { confirmInterview } from './confirm-interview';
import { downloadResumePdf } from './download-resume-pdf';
import { downloadResumesZip } from './download-resumes-zip';
import { findApplicationJobOptions } from './find-application-job-options';
import { findCompanyApplications } from './find-company-applications';
import { getCompanyApplication } from './get-company-application';
import { getEmployerThread } from './get-employer-thread';
import { markApplication } from './mark-application';
import { markApplications } from './mark-applications';
import type { DownloadedFile } from './render-company-resumes';
import { sendEmployerMessage } from './send-employer-message';
import { sendInterviewNotice } from './send-interview-notice';

const params = z.object({ id: z.uuid('应聘记录ID格式不正确') });

function sendFile(reply: FastifyReply, file: DownloadedFile, type: string) {
  // The ASCII name is for old clients; filename* carries the Chinese one (RFC 6266).
  const ascii = file.filename.endsWith('.zip') ? 'resumes.zip' : 'resume.pdf';
  return reply
    .header('content-type', type)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    )
    .header('cache-control', 'no-store')
    .send(Buffer.from(file.bytes));
}

/**
 * Seed 002 简历管理 and the employer's side of seed 000 §六: /api/employer/applications. Every query
 * is scoped to the caller's company: another company's application is 404.
 */
export const employerApplicationRoutes = authenticated('employer', async (app) => {
  const tags = ['单位简历管理 employer applications'];

  app.get(
    '',
    {
      schema: {
        tags,
        summary: '简历列表：未处理/合适/待定/不合适，按投递职位、来源、学历、投递时间筛选，分页',
        querystring: EmployerApplicationQuery,
        response: { 200: EmployerApplicationList, ...errorResponses },
      },
    },
    async (request) =>
      findCompanyApplications(app.ctx, { member: requireCompanyMember(request), ...request.query }),
  );
  app.get(
    '/job-options',
    {
      schema: {
        tags,
        summary: '筛选“投递职位”的选项（本单位未删除的职位）',
        response: { 200: z.array(ApplicationJobOption), ...errorResponses },
      },
    },
    async (request) => findApplicationJobOptions(app.ctx, { member: requireCompanyMember(request) }),
  );
  app.post(
    '/marks',
    {
      schema: {
        tags,
        summary: '批量标记（合适/待定/不合适，null 为回到未处理），最多100份',
        body: MarkApplicationsInput,
        response: { 200: MarkApplicationsResult, ...errorResponses },
      },
    },
    async (request) =>
      markApplications(app.ctx, {
        member: requireCompanyMember(request),
        ids: request.body.ids,
        mark: request.body.mark,
      }),
  );
  app.post(
    '/resumes.zip',
    {
      schema: {
        tags,
        summary: '批量下载简历（PDF 打包为 zip），最多50份',
        body: DownloadResumesInput,
        produces: ['application/zip'],
        response: { 200: z.any().describe('application/zip'), ...errorResponses },
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await downloadResumesZip(app.ctx, {
          member: requireCompanyMember(request),
          ids: request.body.ids,
          ip: request.ip,
        }),
        'application/zip',
      ),
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
        member: requireCompanyMember(request),
        applicationId: request.params.id,
        ip: request.ip,
      }),
  );
  app.get(
    '/:id/resume.pdf',
    {
      schema: {
        tags,
        summary: '下载简历 PDF',
        params,
        produces: ['application/pdf'],
        response: { 200: z.any().describe('application/pdf'), ...errorResponses },
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await downloadResumePdf(app.ctx, {
          member: requireCompanyMember(request),
          applicationId: request.params.id,
          ip: request.ip,
        }),
        'application/pdf',
      ),
  );
  app.post(
    '/:id/mark',
    {
      schema: {
        tags,
        summary: '标记简历（合适/待定/不合适，null 为回到未处理）',
        params,
        body: MarkApplicationInput,
        response: { 200: EmployerApplicationSummary, ...errorResponses },
      },
    },
    async (request) =>
      markApplication(app.ctx, {
        member: requireCompanyMember(request),
        applicationId: request.params.id,
        mark: request.body.mark,
      }),
  );
  app.get(
    '/:id/thread',
    {
      schema: {
        tags,
        summary: '与求职者的沟通记录（读取后清除未读）',
        params,
        response: { 200: EmployerThread, ...errorResponses },
      },
    },
    async (request) =>
      getEmployerThread(app.ctx, { member: requireCompanyMember(request), applicationId: request.params.id }),
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
        member: requireCompanyMember(request),
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
        member: requireCompanyMember(request),
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
        member: requireCompanyMember(request),
        applicationId: request.params.id,
        details: request.body,
      }),
  );
});

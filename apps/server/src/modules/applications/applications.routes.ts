import {
  AnswerInterviewInput,
  ApplicationList,
  ApplicationListQuery,
  ApplicationRecord,
  ApplyResult,
  ApplyToJobInput,
  Conversation,
  Message,
  SendMessageInput,
} from '@openrecruit/shared';
import { z } from 'zod';
import { requireSeeker } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { answerInterview } from './answer-interview';
import { applyToJob } from './apply-to-job';
import { findApplications } from './find-applications';
import { getConversation } from './get-conversation';
import { getInterviewCalendar } from './get-interview-calendar';
import { sendSeekerMessage } from './send-seeker-message';
import { withdrawApplication } from './withdraw-application';

const params = z.object({ id: z.uuid('应聘记录ID格式不正确') });

/** Seed 000 §四 我要应聘, §五 我的应聘, §六 查看单位回复: /api/seeker/applications. */
export const seekerApplicationRoutes = authenticated('seeker', async (app) => {
  const tags = ['求职者应聘 seeker applications'];

  app.post(
    '',
    {
      schema: {
        tags,
        summary: '我要应聘（最多同时应聘10个岗位）',
        body: ApplyToJobInput,
        response: { 200: ApplyResult, ...errorResponses },
      },
    },
    async (request) => applyToJob(app.ctx, { seeker: requireSeeker(request), ...request.body }),
  );
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '我的应聘：当前应聘记录 / 历史应聘记录（分页，最近变化在前）',
        querystring: ApplicationListQuery,
        response: { 200: ApplicationList, ...errorResponses },
      },
    },
    async (request) => findApplications(app.ctx, { ...request.query, seeker: requireSeeker(request) }),
  );
  app.post(
    '/:id/withdraw',
    {
      schema: { tags, summary: '撤销', params, response: { 200: ApplicationRecord, ...errorResponses } },
    },
    async (request) =>
      withdrawApplication(app.ctx, {
        seeker: requireSeeker(request),
        applicationId: request.params.id,
      }),
  );
  app.get(
    '/:id/conversation',
    {
      schema: {
        tags,
        summary: '查看回复（通知对话框，标记为已读）',
        params,
        response: { 200: Conversation, ...errorResponses },
      },
    },
    async (request) =>
      getConversation(app.ctx, {
        seeker: requireSeeker(request),
        applicationId: request.params.id,
      }),
  );
  app.post(
    '/:id/messages',
    {
      schema: {
        tags,
        summary: '回复单位',
        params,
        body: SendMessageInput,
        response: { 200: Message, ...errorResponses },
      },
    },
    async (request) =>
      sendSeekerMessage(app.ctx, {
        seeker: requireSeeker(request),
        applicationId: request.params.id,
        body: request.body.body,
      }),
  );
  app.post(
    '/:id/interview/answer',
    {
      schema: {
        tags,
        summary: '参加面试 / 不参加面试',
        params,
        body: AnswerInterviewInput,
        response: { 200: Conversation, ...errorResponses },
      },
    },
    async (request) =>
      answerInterview(app.ctx, {
        seeker: requireSeeker(request),
        applicationId: request.params.id,
        attend: request.body.attend,
      }),
  );
  app.get(
    '/:id/interview.ics',
    {
      schema: {
        tags,
        summary: '面试日历文件（单位确认后）',
        params,
        produces: ['text/calendar'],
        response: { 200: z.string().describe('text/calendar (RFC 5545)'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const calendar = await getInterviewCalendar(app.ctx, {
        seeker: requireSeeker(request),
        applicationId: request.params.id,
      });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="interview.ics"')
        .send(calendar);
    },
  );
});

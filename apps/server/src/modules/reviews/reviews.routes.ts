import {
  liveTopic,
  ReviewDecisionInput,
  ReviewListQuery,
  ReviewRequest,
  ReviewRequestPage,
} from '@openrecruit/shared';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { requireOperator, requireUniversityStaff } from '../../plugins/access';
import { authenticated, resolveSession } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { openEventStream } from '../realtime/event-stream';
import { decideReviewRequest } from './decide-review-request';
import { findReviewRequests } from './find-review-requests';
import { getReviewFile } from './get-review-file';
import { getReviewRequest } from './get-review-request';
import { deciderOf, platformReviewer, universityReviewer } from './reviewer-scope';

const tags = ['平台审核 ops reviews'];
const reviewParams = z.object({ id: z.uuid('申请ID格式不正确') });

/** The platform's review queue (/api/ops): every kind the operators decide, and its live updates. */
export const opsReviewRoutes = authenticated('ops', async (app) => {
  app.get(
    '/reviews',
    {
      schema: {
        tags,
        summary: '审核列表（按类型、状态筛选，分页）',
        querystring: ReviewListQuery,
        response: { 200: ReviewRequestPage, ...errorResponses },
      },
    },
    async (request) =>
      findReviewRequests(app.ctx, { reviewer: platformReviewer(requireOperator(request)), ...request.query }),
  );

  app.get(
    '/reviews/:id',
    {
      schema: {
        tags,
        summary: '审核详情',
        params: reviewParams,
        response: { 200: ReviewRequest, ...errorResponses },
      },
    },
    async (request) =>
      getReviewRequest(app.ctx, {
        reviewer: platformReviewer(requireOperator(request)),
        requestId: request.params.id,
      }),
  );

  app.post(
    '/reviews/:id/decision',
    {
      schema: {
        tags,
        summary: '通过或驳回（驳回须填原因）',
        params: reviewParams,
        body: ReviewDecisionInput,
        response: { 200: ReviewRequest, ...errorResponses },
      },
    },
    async (request) =>
      decideReviewRequest(app.ctx, {
        decider: deciderOf(requireOperator(request)),
        requestId: request.params.id,
        ...request.body,
      }),
  );

  app.get(
    '/files/:fileId',
    {
      schema: {
        tags,
        summary: '查看审核材料',
        params: z.object({ fileId: z.uuid('文件ID格式不正确') }),
      },
    },
    async (request, reply) => {
      const file = await getReviewFile(app.ctx, {
        reviewer: platformReviewer(requireOperator(request)),
        fileId: request.params.fileId,
      });
      return reply
        .header('content-type', file.contentType)
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .send(file.data);
    },
  );

  // Open streams would keep app.close() waiting for ever: they end as the server stops.
  const openStreams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const close of openStreams) close();
  });
  const keepOpen = (reply: FastifyReply, close: () => void) => {
    openStreams.add(close);
    reply.raw.on('close', () => openStreams.delete(close));
    return reply;
  };

  app.get(
    '/events',
    {
      schema: {
        tags,
        summary: '运营端实时事件流（Server-Sent Events：reviews.changed）',
        description:
          '`text/event-stream`: each event is `event: <type>` and `data: <json>` carrying ids only; refetch on receipt. A comment line every 25 s keeps proxies from closing the connection.',
        response: { 200: z.string(), ...errorResponses },
      },
    },
    async (request, reply) => {
      requireOperator(request);
      const close = openEventStream(reply, {
        events: app.ctx.events,
        topic: liveTopic.operators(),
        stillAuthorised: async () => (await resolveSession(request, 'ops')) !== null,
      });
      return keepOpen(reply, close);
    },
  );
});

/**
 * A university's review queue (/api/university/reviews): the same queue, drawer and decision as the
 * platform's, scoped to the staff member's university (入驻审核 today; 宣讲会, 双选会, 招聘简章 next).
 * Another university's request answers 404 like a missing one.
 */
export const universityReviewRoutes = authenticated('university', async (app) => {
  const tags = ['高校审核 university reviews'];
  app.get(
    '/reviews',
    {
      schema: {
        tags,
        summary: '本校审核列表（按类型、状态筛选，分页）',
        querystring: ReviewListQuery,
        response: { 200: ReviewRequestPage, ...errorResponses },
      },
    },
    async (request) =>
      findReviewRequests(app.ctx, {
        reviewer: universityReviewer(requireUniversityStaff(request)),
        ...request.query,
      }),
  );

  app.get(
    '/reviews/:id',
    {
      schema: {
        tags,
        summary: '本校审核详情',
        params: reviewParams,
        response: { 200: ReviewRequest, ...errorResponses },
      },
    },
    async (request) =>
      getReviewRequest(app.ctx, {
        reviewer: universityReviewer(requireUniversityStaff(request)),
        requestId: request.params.id,
      }),
  );

  app.post(
    '/reviews/:id/decision',
    {
      schema: {
        tags,
        summary: '通过或驳回本校的申请（驳回须填原因）',
        params: reviewParams,
        body: ReviewDecisionInput,
        response: { 200: ReviewRequest, ...errorResponses },
      },
    },
    async (request) =>
      decideReviewRequest(app.ctx, {
        decider: deciderOf(requireUniversityStaff(request)),
        requestId: request.params.id,
        ...request.body,
      }),
  );

  app.get(
    '/files/:fileId',
    {
      schema: {
        tags,
        summary: '查看本校审核的附件（招聘简章图片等）',
        params: z.object({ fileId: z.uuid('文件ID格式不正确') }),
      },
    },
    async (request, reply) => {
      const file = await getReviewFile(app.ctx, {
        reviewer: universityReviewer(requireUniversityStaff(request)),
        fileId: request.params.fileId,
      });
      return reply
        .header('content-type', file.contentType)
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .send(file.data);
    },
  );

  // Open streams would keep app.close() waiting for ever: they end as the server stops.
  const openStreams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const close of openStreams) close();
  });

  app.get(
    '/events',
    {
      schema: {
        tags,
        summary: '高校端实时事件流（Server-Sent Events：reviews.changed）',
        description:
          '`text/event-stream`: each event is `event: <type>` and `data: <json>` carrying ids only; refetch on receipt. A comment line every 25 s keeps proxies from closing the connection.',
        response: { 200: z.string(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const staff = requireUniversityStaff(request);
      const close = openEventStream(reply, {
        events: app.ctx.events,
        topic: liveTopic.university(staff.universityId),
        stillAuthorised: async () => (await resolveSession(request, 'university')) !== null,
      });
      openStreams.add(close);
      reply.raw.on('close', () => openStreams.delete(close));
      return reply;
    },
  );
});

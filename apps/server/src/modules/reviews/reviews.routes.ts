import {
  liveTopic,
  ReviewDecisionInput,
  ReviewListQuery,
  ReviewRequest,
  ReviewRequestPage,
} from '@openrecruit/shared';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  type Operator,
  requireOperator,
  requireUniversityStaff,
  type UniversityStaff,
} from '../../plugins/access';
import { authenticated, resolveSession } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { openEventStream } from '../realtime/event-stream';
import { decideReviewRequest } from './decide-review-request';
import { findReviewRequests } from './find-review-requests';
import { getReviewFile } from './get-review-file';
import { getReviewRequest } from './get-review-request';
import { deciderOf } from './reviewer-scope';

const reviewParams = z.object({ id: z.uuid('申请ID格式不正确') });

/** Who a queue is for: its area, how a request becomes its reviewer, and its labels. */
interface ReviewQueue {
  area: 'ops' | 'university';
  tags: string[];
  /** The caller as a reviewer (throws 401/403 for anyone else) and their live topic. */
  reviewerOf(request: FastifyRequest): { caller: Operator | UniversityStaff; topic: string };
  summaries: { list: string; detail: string; decision: string; file: string; events: string };
}

/** One queue's routes: list, detail, decision, attachments and the live stream; the same for every reviewer. */
function reviewQueueRoutes(queue: ReviewQueue) {
  const { tags, summaries } = queue;
  const scopeOf = (request: FastifyRequest) => deciderOf(queue.reviewerOf(request).caller).scope;
  return authenticated(queue.area, async (app) => {
    app.get(
      '/reviews',
      {
        schema: {
          tags,
          summary: summaries.list,
          querystring: ReviewListQuery,
          response: { 200: ReviewRequestPage, ...errorResponses },
        },
      },
      async (request) => findReviewRequests(app.ctx, { reviewer: scopeOf(request), ...request.query }),
    );

    app.get(
      '/reviews/:id',
      {
        schema: {
          tags,
          summary: summaries.detail,
          params: reviewParams,
          response: { 200: ReviewRequest, ...errorResponses },
        },
      },
      async (request) =>
        getReviewRequest(app.ctx, { reviewer: scopeOf(request), requestId: request.params.id }),
    );

    app.post(
      '/reviews/:id/decision',
      {
        schema: {
          tags,
          summary: summaries.decision,
          params: reviewParams,
          body: ReviewDecisionInput,
          response: { 200: ReviewRequest, ...errorResponses },
        },
      },
      async (request) =>
        decideReviewRequest(app.ctx, {
          decider: deciderOf(queue.reviewerOf(request).caller),
          requestId: request.params.id,
          ...request.body,
        }),
    );

    app.get(
      '/files/:fileId',
      {
        schema: {
          tags,
          summary: summaries.file,
          params: z.object({ fileId: z.uuid('文件ID格式不正确') }),
        },
      },
      async (request, reply) => {
        const file = await getReviewFile(app.ctx, {
          reviewer: scopeOf(request),
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
          summary: summaries.events,
          description:
            '`text/event-stream`: each event is `event: <type>` and `data: <json>` carrying ids only; refetch on receipt. A comment line every 25 s keeps proxies from closing the connection.',
          response: { 200: z.string(), ...errorResponses },
        },
      },
      async (request, reply) => {
        const { topic } = queue.reviewerOf(request);
        const close = openEventStream(reply, {
          events: app.ctx.events,
          topic,
          stillAuthorised: async () => (await resolveSession(request, queue.area)) !== null,
        });
        openStreams.add(close);
        reply.raw.on('close', () => openStreams.delete(close));
        return reply;
      },
    );
  });
}

/** The platform's review queue (/api/ops): every kind the operators decide, and its live updates. */
export const opsReviewRoutes = reviewQueueRoutes({
  area: 'ops',
  tags: ['平台审核 ops reviews'],
  reviewerOf: (request) => ({ caller: requireOperator(request), topic: liveTopic.operators() }),
  summaries: {
    list: '审核列表（按类型、状态筛选，分页）',
    detail: '审核详情',
    decision: '通过或驳回（驳回须填原因）',
    file: '查看审核材料',
    events: '运营端实时事件流（Server-Sent Events：reviews.changed）',
  },
});

/**
 * A university's review queue (/api/university/reviews): the same queue, drawer and decision as the
 * platform's, scoped to the staff member's university (入驻审核, 宣讲会审核, 双选会审核, 招聘简章审核).
 * Another university's request answers 404 like a missing one.
 */
export const universityReviewRoutes = reviewQueueRoutes({
  area: 'university',
  tags: ['高校审核 university reviews'],
  reviewerOf: (request) => {
    const staff = requireUniversityStaff(request);
    return { caller: staff, topic: liveTopic.university(staff.universityId) };
  },
  summaries: {
    list: '本校审核列表（按类型、状态筛选，分页）',
    detail: '本校审核详情',
    decision: '通过或驳回本校的申请（驳回须填原因）',
    file: '查看本校审核的附件（招聘简章图片等）',
    events: '高校端实时事件流（Server-Sent Events：reviews.changed）',
  },
});

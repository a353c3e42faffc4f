import { CloudLive, CloudLiveComment, CloudLiveCommentList, PostCloudLiveComment } from '@openrecruit/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCompanyMember, requireSeeker } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { endCloudLive } from './end-cloud-live';
import { findCloudLiveComments } from './find-cloud-live-comments';
import { getCloudLive } from './get-cloud-live';
import { keepLiveRecording } from './keep-live-recording';
import { moderateCloudLiveComment } from './moderate-cloud-live-comment';
import { postCloudLiveComment } from './post-cloud-live-comment';
import { reportPresence } from './report-presence';
import { startCloudLive } from './start-cloud-live';

const tags = ['直播宣讲 cloud live'];
const params = z.object({ id: z.uuid('云宣讲ID格式不正确') });
const commentParams = params.extend({ commentId: z.uuid('评论ID格式不正确') });
const liveResponse = { 200: CloudLive, ...errorResponses };
const commentResponse = { 200: CloudLiveComment, ...errorResponses };
const listResponse = { 200: CloudLiveCommentList, ...errorResponses };

/** 云宣讲 > 直播 (/api/employer/cloud-live): any member of the company. */
export const employerCloudLiveRoutes = authenticated('employer', async (app) => {
  const member = requireCompanyMember;
  app.get(
    '/:id',
    { schema: { tags, summary: '直播状态', params, response: liveResponse } },
    async (request) =>
      getCloudLive(app.ctx, { caller: { member: member(request) }, presentationId: request.params.id }),
  );
  app.post(
    '/:id/start',
    {
      schema: {
        tags,
        summary: '开始直播（开始前30分钟起，至少一所高校已通过）',
        params,
        response: liveResponse,
      },
    },
    async (request) =>
      startCloudLive(app.ctx, { member: member(request), presentationId: request.params.id }),
  );
  app.post(
    '/:id/end',
    { schema: { tags, summary: '结束直播', params, response: liveResponse } },
    async (request) => endCloudLive(app.ctx, { member: member(request), presentationId: request.params.id }),
  );
  app.get(
    '/:id/comments',
    { schema: { tags, summary: '互动（含已隐藏）', params, response: listResponse } },
    async (request) =>
      findCloudLiveComments(app.ctx, {
        caller: { member: member(request) },
        presentationId: request.params.id,
      }),
  );
  app.post(
    '/:id/comments',
    { schema: { tags, summary: '回复', params, body: PostCloudLiveComment, response: commentResponse } },
    async (request) =>
      postCloudLiveComment(app.ctx, {
        caller: { member: member(request) },
        presentationId: request.params.id,
        input: request.body,
      }),
  );
  for (const action of ['hide', 'mute'] as const) {
    app.post(
      `/:id/comments/:commentId/${action}`,
      {
        schema: {
          tags,
          summary: action === 'hide' ? '隐藏评论' : '禁言评论的作者',
          params: commentParams,
          response: commentResponse,
        },
      },
      async (request) =>
        moderateCloudLiveComment(app.ctx, {
          member: member(request),
          presentationId: request.params.id,
          commentId: request.params.commentId,
          action,
        }),
    );
  }
});

/** 校园 > 云宣讲 > 直播 (/api/seeker/cloud-live): students of a university that approved it. */
export const seekerCloudLiveRoutes = authenticated('seeker', async (app) => {
  app.get(
    '/:id',
    { schema: { tags, summary: '直播状态', params, response: liveResponse } },
    async (request) =>
      getCloudLive(app.ctx, {
        caller: { seeker: requireSeeker(request) },
        presentationId: request.params.id,
      }),
  );
  app.post(
    '/:id/presence',
    { schema: { tags, summary: '观看中（每10秒报告一次）', params, response: liveResponse } },
    async (request) =>
      reportPresence(app.ctx, { seeker: requireSeeker(request), presentationId: request.params.id }),
  );
  app.get(
    '/:id/comments',
    { schema: { tags, summary: '互动', params, response: listResponse } },
    async (request) =>
      findCloudLiveComments(app.ctx, {
        caller: { seeker: requireSeeker(request) },
        presentationId: request.params.id,
      }),
  );
  app.post(
    '/:id/comments',
    {
      schema: {
        tags,
        summary: '发言（直播中，每3秒最多1条）',
        params,
        body: PostCloudLiveComment,
        response: commentResponse,
      },
    },
    async (request) =>
      postCloudLiveComment(app.ctx, {
        caller: { seeker: requireSeeker(request) },
        presentationId: request.params.id,
        input: request.body,
      }),
  );
});

/** /api/public/media/livekit/webhook: LiveKit's signed notices (the recording of a broadcast is ready). */
export const livekitWebhookRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(
    ['application/webhook+json', 'application/json'],
    { parseAs: 'string', bodyLimit: 256 * 1024 },
    (_request, body, done) => done(null, body),
  );
  app.post(
    '/media/livekit/webhook',
    {
      schema: {
        tags,
        summary: 'LiveKit 通知（录像完成），签名校验',
        response: { 200: z.object({ kept: z.boolean() }), ...errorResponses },
      },
    },
    async (request) =>
      keepLiveRecording(app.ctx, {
        body: typeof request.body === 'string' ? request.body : '',
        authorization: request.headers.authorization,
      }),
  );
};

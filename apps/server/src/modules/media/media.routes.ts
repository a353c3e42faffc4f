import {
  MEDIA_LIMITS,
  MediaConfig,
  MediaJoin,
  MediaPing,
  MediaSessionParams,
  MediaSignalList,
  SendMediaSignalInput,
} from '@openrecruit/shared';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireCompanyMember, requireSeeker } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { joinMediaSession } from './join-media-session';
import type { MediaCaller } from './media-session-kind';
import { readMediaSignals } from './read-media-signals';
import { sendMediaSignal } from './send-media-signal';

const tags = ['音视频 media'];

/** The same routes for the seeker app and the employer console; each area proves its own caller. */
function mediaRoutes(area: MediaCaller['area']) {
  const callerOf = (request: FastifyRequest): MediaCaller =>
    area === 'seeker'
      ? { accountId: requireSeeker(request).accountId, area }
      : { accountId: requireCompanyMember(request).accountId, area };
  return authenticated(area, async (app) => {
    app.get(
      '/config',
      {
        schema: {
          tags,
          summary: '音视频配置（媒体服务、ICE服务器及限时TURN凭据）',
          response: { 200: MediaConfig, ...errorResponses },
        },
      },
      async (request) => {
        const media = app.ctx.providers.media;
        return {
          provider: media.provider,
          iceServers: media.iceServers(callerOf(request).accountId),
          recording: media.recording,
          limits: {
            payloadMaxBytes: MEDIA_LIMITS.payloadMaxBytes,
            signalsPerMinute: MEDIA_LIMITS.signalsPerMinute,
          },
        };
      },
    );
    app.get(
      '/ping',
      {
        schema: { tags, summary: '网络检测（往返时间）', response: { 200: MediaPing, ...errorResponses } },
      },
      async (request, reply) => {
        callerOf(request);
        reply.header('cache-control', 'no-store');
        return { serverTime: new Date().toISOString() };
      },
    );
    app.post(
      '/:kind/:sessionId/join',
      {
        schema: {
          tags,
          summary: '加入音视频会话（LiveKit 时返回地址和令牌）',
          params: MediaSessionParams,
          response: { 200: MediaJoin, ...errorResponses },
        },
      },
      async (request) =>
        joinMediaSession(app.ctx, {
          caller: callerOf(request),
          kind: request.params.kind,
          sessionId: request.params.sessionId,
        }),
    );
    app.post(
      '/:kind/:sessionId/signals',
      {
        bodyLimit: MEDIA_LIMITS.payloadMaxBytes * 2,
        schema: {
          tags,
          summary: '发送信令（offer/answer/candidate/bye/restart）给会话中的对方',
          params: MediaSessionParams,
          body: SendMediaSignalInput,
          response: { 200: z.object({ id: z.string() }), ...errorResponses },
        },
      },
      async (request) =>
        sendMediaSignal(app.ctx, {
          caller: callerOf(request),
          kind: request.params.kind,
          sessionId: request.params.sessionId,
          input: request.body,
        }),
    );
    app.get(
      '/:kind/:sessionId/signals',
      {
        schema: {
          tags,
          summary: '读取发给我的信令（最早的在前，读后删除）',
          params: MediaSessionParams,
          response: { 200: MediaSignalList, ...errorResponses },
        },
      },
      async (request) =>
        readMediaSignals(app.ctx, {
          caller: callerOf(request),
          kind: request.params.kind,
          sessionId: request.params.sessionId,
        }),
    );
  });
}

/** /api/seeker/media: a student in an interview or watching a broadcast. */
export const seekerMediaRoutes = mediaRoutes('seeker');
/** /api/employer/media: an interviewer or the presenter. */
export const employerMediaRoutes = mediaRoutes('employer');

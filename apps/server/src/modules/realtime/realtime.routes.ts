import { EMPLOYER_EVENT_TYPES, liveTopic, SEEKER_EVENT_TYPES } from '@openrecruit/shared';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCompanyMember, requireSeeker } from '../../plugins/access';
import { authenticated, resolveSession } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { openEventStream } from './event-stream';
import { getNotificationSummary } from './get-notification-summary';

const NotificationSummary = z.object({ unreadReplies: z.number(), newInterviewNotices: z.number() });

/**
 * Open streams would keep app.close() waiting for ever: the plugin's streams are ended as the server
 * stops. Returns what keeps one stream (its `close`) until its connection closes, and the reply.
 */
function streamsEndedOnClose(app: Pick<FastifyInstance, 'addHook'>) {
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const close of open) close();
  });
  return (reply: FastifyReply, close: () => void) => {
    open.add(close);
    reply.raw.on('close', () => open.delete(close));
    return reply;
  };
}

/** Live updates for the logged-in seeker, under /api/seeker. */
export const realtimeRoutes: FastifyPluginAsyncZod = authenticated('seeker', async (app) => {
  const tags = ['实时通知 realtime'];
  const keepOpen = streamsEndedOnClose(app);

  app.get(
    '/events',
    {
      schema: {
        tags,
        summary: `实时事件流（Server-Sent Events：${SEEKER_EVENT_TYPES.join('、')}）`,
        description:
          '`text/event-stream`: each event is `event: <type>` and `data: <json>` carrying ids only; refetch on receipt. A comment line every 25 s keeps proxies from closing the connection.',
        response: { 200: z.string(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const close = openEventStream(reply, {
        events: app.ctx.events,
        topic: liveTopic.account(requireSeeker(request).accountId),
        stillAuthorised: async () => (await resolveSession(request, 'seeker')) !== null,
      });
      return keepOpen(reply, close);
    },
  );

  app.get(
    '/notifications/summary',
    {
      schema: {
        tags,
        summary: '招聘栏目角标：未读单位回复、新面试通知',
        response: { 200: NotificationSummary, ...errorResponses },
      },
    },
    async (request) => getNotificationSummary(app.ctx, { seekerAccountId: requireSeeker(request).accountId }),
  );
});

/**
 * Live updates for the logged-in HR person, under /api/employer: their own notifications
 * (`account:<id>`) and their company's applications (`company:<id>`). The stream ends when the
 * session ends or the person no longer belongs to the company.
 */
export const employerRealtimeRoutes: FastifyPluginAsyncZod = authenticated('employer', async (app) => {
  const keepOpen = streamsEndedOnClose(app);

  app.get(
    '/events',
    {
      schema: {
        tags: ['实时通知 realtime'],
        summary: `单位端实时事件流（Server-Sent Events：${EMPLOYER_EVENT_TYPES.join('、')}）`,
        description:
          '`text/event-stream`: each event is `event: <type>` and `data: <json>` carrying ids only; refetch on receipt. A comment line every 25 s keeps proxies from closing the connection.',
        response: { 200: z.string(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { accountId, companyId } = requireCompanyMember(request);
      const close = openEventStream(reply, {
        events: app.ctx.events,
        topic: [liveTopic.account(accountId), liveTopic.company(companyId)],
        stillAuthorised: async () =>
          (await resolveSession(request, 'employer'))?.account.companyId === companyId,
      });
      return keepOpen(reply, close);
    },
  );
});

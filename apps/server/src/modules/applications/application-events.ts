import type { AppContext } from '../../context';

/**
 * Live updates to the seeker's devices (the SSE endpoint forwards `account:<id>`). Published after
 * the transaction commits; events carry ids only and the client refetches. A lost event costs a
 * stale screen, never data, so a failure to publish is logged and does not fail the request.
 */
export async function notifySeeker(
  ctx: Pick<AppContext, 'events' | 'log'>,
  seekerAccountId: string,
  event: { type: 'applications.changed' } | { type: 'message'; kind: string },
  applicationId: string,
) {
  const data = event.type === 'message' ? { applicationId, kind: event.kind } : { applicationId };
  try {
    await ctx.events.publish({ topic: `account:${seekerAccountId}`, type: event.type, data });
  } catch (error) {
    ctx.log.warn({ err: error, applicationId }, 'could not publish an application event');
  }
}

/** The topic of a company's HR consoles (the employer SSE endpoint forwards `company:<id>`). */
export const companyTopic = (companyId: string) => `company:${companyId}`;

/**
 * Live updates to the company's HR consoles: a new application, a seeker's message, an interview
 * answer, a withdrawal, or a colleague's change. Like notifySeeker: after commit, ids only, and a
 * failure to publish is logged.
 */
export async function notifyCompany(
  ctx: Pick<AppContext, 'events' | 'log'>,
  companyId: string,
  type:
    | 'application.created'
    | 'application.message'
    | 'application.interview_answer'
    | 'application.withdrawn'
    | 'applications.changed',
  applicationIds: string | string[],
) {
  const data = Array.isArray(applicationIds) ? { applicationIds } : { applicationId: applicationIds };
  try {
    await ctx.events.publish({ topic: companyTopic(companyId), type, data });
  } catch (error) {
    ctx.log.warn({ err: error, companyId }, 'could not publish a company event');
  }
}

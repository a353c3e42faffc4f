import type {
  EmployerVideoInterviewPage,
  SeekerVideoInterviewPage,
  SeekerVideoInterviewQuery,
  VideoInterviewListQuery,
} from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { CompanyMember, SeekerCaller } from '../../plugins/access';
import { requireApprovedRegistration } from './company-access';
import { presentEmployerInterviews, presentSeekerInterviews } from './present-video-interviews';
import { findCompanyInterviews, findSeekerInterviews } from './video-interviews.repository';

export interface FindCompanyVideoInterviewsOptions extends VideoInterviewListQuery {
  member: CompanyMember;
  registrationId: string;
}

/**
 * The registration's interviews: `state=applied` is 待处理 (⑥), `state=queued&room=N` the room's
 * queue in order with positions and waits, `state=invited` the pending invitations, and so on.
 */
export async function findCompanyVideoInterviews(
  ctx: AppContext,
  options: FindCompanyVideoInterviewsOptions,
): Promise<EmployerVideoInterviewPage> {
  const registration = await requireApprovedRegistration(ctx.db, options.member, options.registrationId);
  const { rows, total } = await findCompanyInterviews(ctx.db, {
    companyId: registration.companyId,
    registrationId: registration.id,
    state: options.state,
    room: options.room,
    ...pageWindow(options),
  });
  return pageOf(options, await presentEmployerInterviews(ctx.db, rows, new Date()), total);
}

export interface FindSeekerVideoInterviewsOptions extends SeekerVideoInterviewQuery {
  seeker: SeekerCaller;
}

/** 我的视频面试: invitations, applications, queue places, calls and past ones (the result, never the evaluation). */
export async function findSeekerVideoInterviews(
  ctx: AppContext,
  options: FindSeekerVideoInterviewsOptions,
): Promise<SeekerVideoInterviewPage> {
  const { rows, total } = await findSeekerInterviews(ctx.db, {
    seekerAccountId: options.seeker.accountId,
    scope: options.scope,
    fairId: options.fairId,
    ...pageWindow(options),
  });
  return pageOf(options, await presentSeekerInterviews(ctx.db, rows, new Date()), total);
}

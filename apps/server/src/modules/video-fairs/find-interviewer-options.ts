import type { VideoFairInterviewerOptions } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { CompanyMember } from '../../plugins/access';
import { findActiveMembers } from './video-fairs.repository';

/** 去报名 > 面试官: who may log in to a room (the company's active members). */
export async function findInterviewerOptions(
  ctx: AppContext,
  options: { member: CompanyMember },
): Promise<VideoFairInterviewerOptions> {
  return { members: await findActiveMembers(ctx.db, options.member.companyId) };
}

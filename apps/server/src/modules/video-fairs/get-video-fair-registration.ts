import type { VideoFairRegistration } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { loadRegistrations } from './load-registrations';
import { findRegistration } from './video-fairs.repository';

export interface GetVideoFairRegistrationOptions {
  member: CompanyMember;
  registrationId: string;
}

/** One of the company's registrations; another company's answers 404. */
export async function getVideoFairRegistration(
  ctx: AppContext,
  options: GetVideoFairRegistrationOptions,
): Promise<VideoFairRegistration> {
  const row = requireFound(
    await findRegistration(ctx.db, options.registrationId, options.member.companyId),
    '报名不存在',
  );
  const [registration] = await loadRegistrations(ctx.db, [row]);
  return registration!;
}

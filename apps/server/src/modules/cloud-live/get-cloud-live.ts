import type { CloudLive } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { CompanyMember, SeekerCaller } from '../../plugins/access';
import { findApprovedUniversityIds, findMutedAccounts } from './cloud-live.repository';
import { requireCompanyLive, requireViewableLive } from './live-access';
import { mapCloudLive, startWindowOpen } from './map-cloud-live';

export interface GetCloudLiveOptions {
  caller: { member: CompanyMember } | { seeker: SeekerCaller };
  presentationId: string;
  now?: Date;
}

/** The broadcast as the company (with 开始直播 allowed or not) or a student viewer sees it. */
export async function getCloudLive(ctx: AppContext, options: GetCloudLiveOptions): Promise<CloudLive> {
  const now = options.now ?? new Date();
  if ('member' in options.caller) {
    const row = await requireCompanyLive(ctx.db, options.caller.member, options.presentationId);
    const approved = (await findApprovedUniversityIds(ctx.db, row.id)).length > 0;
    const canStart = (row.liveState ?? 'scheduled') === 'scheduled' && approved && startWindowOpen(row, now);
    return mapCloudLive(ctx, row, { canStart, muted: false });
  }
  const seeker = options.caller.seeker;
  const row = await requireViewableLive(ctx, seeker, options.presentationId);
  const muted = (await findMutedAccounts(ctx.db, row.id)).has(seeker.accountId);
  return mapCloudLive(ctx, row, { canStart: false, muted });
}

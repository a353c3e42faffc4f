import type { CloudLive } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { CompanyMember } from '../../plugins/access';
import { clearPresence, moveLiveState } from './cloud-live.repository';
import { cloudLiveMachine } from './cloud-live-machine';
import { getCloudLive } from './get-cloud-live';
import { presentViewers, requireCompanyLive } from './live-access';
import { announceCloudLive } from './live-events';

export interface EndCloudLiveOptions {
  member: CompanyMember;
  presentationId: string;
  now?: Date;
}

/** 结束直播: the recording stops (LiveKit keeps the file, announced by its webhook) and the room closes. */
export async function endCloudLive(ctx: AppContext, options: EndCloudLiveOptions): Promise<CloudLive> {
  const now = options.now ?? new Date();
  const row = await requireCompanyLive(ctx.db, options.member, options.presentationId);
  cloudLiveMachine.advance(row.liveState ?? 'scheduled', 'end');
  await closeBroadcast(ctx, row, now);
  return getCloudLive(ctx, { caller: { member: options.member }, presentationId: row.id, now });
}

/** Ends a live broadcast (结束直播 or the sweep): state, recording, room, presence, events. */
export async function closeBroadcast(
  ctx: AppContext,
  row: { id: string; companyId: string; mediaRoom: string | null },
  now: Date,
) {
  const viewers = await presentViewers(ctx.db, row.id, now);
  const moved = await moveLiveState(ctx.db, row.id, cloudLiveMachine.sources('end'), {
    liveState: 'ended',
    liveEndedAt: now,
  });
  if (!moved) return false;
  if (row.mediaRoom) {
    const media = ctx.providers.media;
    await media.stopRecording(row.mediaRoom).catch((error: unknown) => {
      ctx.log.error({ err: error, presentationId: row.id }, 'could not stop the recording');
    });
    await media.closeRoom(row.mediaRoom).catch((error: unknown) => {
      ctx.log.warn({ err: error, presentationId: row.id }, 'could not close the media room');
    });
  }
  await clearPresence(ctx.db, row.id);
  await announceCloudLive(ctx, row, viewers);
  return true;
}

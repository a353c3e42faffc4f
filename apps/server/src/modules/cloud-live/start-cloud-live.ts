import type { CloudLive } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import type { CompanyMember } from '../../plugins/access';
import { findApprovedUniversityIds, moveLiveState } from './cloud-live.repository';
import { cloudLiveMachine } from './cloud-live-machine';
import { getCloudLive } from './get-cloud-live';
import { requireCompanyLive } from './live-access';
import { announceCloudLive } from './live-events';
import { liveRoomOf } from './live-room';
import { startWindowOpen } from './map-cloud-live';

export interface StartCloudLiveOptions {
  member: CompanyMember;
  presentationId: string;
  now?: Date;
}

/**
 * 开始直播: from 30 minutes before the start until the end, once at least one university approved
 * it. The member who opens it is the presenter; the media service opens its room and, when it
 * records, starts the recording.
 */
export async function startCloudLive(ctx: AppContext, options: StartCloudLiveOptions): Promise<CloudLive> {
  const now = options.now ?? new Date();
  const row = await requireCompanyLive(ctx.db, options.member, options.presentationId);
  cloudLiveMachine.advance(row.liveState ?? 'scheduled', 'start');
  if ((await findApprovedUniversityIds(ctx.db, row.id)).length === 0) {
    throw new AppError('LIVE_CANNOT_START', '尚无高校审核通过，暂不能开始直播');
  }
  if (!startWindowOpen(row, now)) {
    throw new AppError(
      'LIVE_CANNOT_START',
      now < row.startsAt ? '直播可在开始前30分钟内开启，请稍后再来' : '已过直播结束时间，不能开始直播',
    );
  }
  const media = ctx.providers.media;
  const room = liveRoomOf(row.id, options.member.accountId);
  await media.openRoom(room);
  const moved = await moveLiveState(ctx.db, row.id, cloudLiveMachine.sources('start'), {
    liveState: 'live',
    liveStartedAt: now,
    mediaProvider: media.provider,
    mediaRoom: room,
  });
  if (!moved) {
    // A colleague opened it a moment earlier: their room stays, this one goes.
    await media.closeRoom(room).catch(() => undefined);
    throw new AppError('INVALID_STATE', '直播已经开始');
  }
  try {
    await media.startRecording(room);
  } catch (error) {
    // The broadcast goes on without a recording rather than not at all.
    ctx.log.error({ err: error, presentationId: row.id }, 'could not start the recording');
  }
  await announceCloudLive(ctx, row);
  return getCloudLive(ctx, { caller: { member: options.member }, presentationId: row.id, now });
}

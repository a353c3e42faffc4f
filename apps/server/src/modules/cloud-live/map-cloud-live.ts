import { createHash } from 'node:crypto';
import { CLOUD_LIVE_LIMITS, type CloudLive, type CloudLiveComment } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { cloudPresentationComments } from '../../db/schema';
import type { LivePresentationRow } from './cloud-live.repository';
import { presentViewers } from './live-access';
import { hostOfRoom } from './live-room';

/** 开始直播 is allowed from 30 minutes before the start until the end, once a university approved it. */
export function startWindowOpen(row: Pick<LivePresentationRow, 'startsAt' | 'endsAt'>, now: Date) {
  const opens = row.startsAt.getTime() - CLOUD_LIVE_LIMITS.openBeforeMinutes * 60_000;
  return now.getTime() >= opens && row.endsAt !== null && now.getTime() < row.endsAt.getTime();
}

export async function mapCloudLive(
  ctx: AppContext,
  row: LivePresentationRow,
  view: { canStart: boolean; muted: boolean },
): Promise<CloudLive> {
  const media = ctx.providers.media;
  const state = row.liveState ?? 'scheduled';
  return {
    id: row.id,
    title: row.title,
    companyName: row.companyName,
    startsAt: row.startsAt.toISOString(),
    endsAt: (row.endsAt ?? row.startsAt).toISOString(),
    liveState: state,
    liveStartedAt: row.liveStartedAt?.toISOString() ?? null,
    liveEndedAt: row.liveEndedAt?.toISOString() ?? null,
    mediaProvider: (row.mediaProvider as CloudLive['mediaProvider'] | null) ?? media.provider,
    recording: row.mediaProvider ? row.mediaProvider === 'livekit' && media.recording : media.recording,
    recordingFileId: row.recordingFileId,
    viewerCount: state === 'live' ? (await presentViewers(ctx.db, row.id)).length : 0,
    hostAccountId: state === 'live' ? hostOfRoom(row.id, row.mediaRoom) : null,
    canStart: view.canStart,
    muted: view.muted,
  };
}

/** 同学·XXXX: a stable tag per student and broadcast that names nobody. */
function studentTag(presentationId: string, accountId: string) {
  return `同学·${createHash('sha256').update(`${presentationId}:${accountId}`).digest('hex').slice(0, 4).toUpperCase()}`;
}

export function mapComment(
  row: typeof cloudPresentationComments.$inferSelect,
  view: { callerAccountId: string; muted: Set<string> },
): CloudLiveComment {
  return {
    id: row.id,
    authorKind: row.authorKind,
    authorLabel:
      row.authorKind === 'company' ? '主办方' : studentTag(row.presentationId, row.authorAccountId),
    body: row.body,
    mine: row.authorAccountId === view.callerAccountId,
    hidden: row.hiddenAt !== null,
    authorMuted: row.authorKind === 'student' && view.muted.has(row.authorAccountId),
    createdAt: row.createdAt.toISOString(),
  };
}

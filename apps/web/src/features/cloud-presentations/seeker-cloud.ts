import type { PublicCloudPresentation } from '@openrecruit/shared';
import { formatDateTime, formatTime } from '../../lib/format';

// What a student sees of a 云宣讲: a recorded one plays; a live one is 未开始 / 直播中 / 已结束
// (the broadcast's own state, set by the company's 开始直播 and 结束直播).

export type StudentCloudState = 'playable' | 'upcoming' | 'live' | 'ended';

export function studentCloudState(p: PublicCloudPresentation, now = Date.now()): StudentCloudState {
  if (p.format === 'recorded') return 'playable';
  if (p.liveState === 'live') return 'live';
  if (p.liveState === 'ended' || (p.endsAt && Date.parse(p.endsAt) < now))
    return p.videoUrl ? 'playable' : 'ended';
  return 'upcoming';
}

export const STUDENT_STATE_LABELS: Record<StudentCloudState, string> = {
  playable: '可观看',
  upcoming: '未开始',
  live: '直播中',
  ended: '已结束',
};

export const STUDENT_STATE_COLORS: Record<StudentCloudState, string> = {
  playable: 'primary',
  upcoming: 'default',
  live: 'danger',
  ended: 'default',
};

export function studentTimeText(p: PublicCloudPresentation) {
  if (p.format === 'recorded') return `${formatDateTime(p.startsAt)} 发布`;
  return `直播 ${formatDateTime(p.startsAt)}-${formatTime(p.endsAt)}`;
}

import type { VideoInterviewMedium, VideoInterviewState } from '@openrecruit/shared';

// The colours and words the 视频双选会 pages add to the server's state labels.

export const STATE_COLOURS: Record<VideoInterviewState, string> = {
  invited: 'processing',
  declined: 'default',
  applied: 'gold',
  refused: 'default',
  queued: 'blue',
  in_progress: 'green',
  completed: 'success',
  no_show: 'warning',
  left: 'default',
};

/** An invitation, application, queue place or call under way: no second invitation meanwhile. */
export const OPEN_STATES: readonly VideoInterviewState[] = ['invited', 'applied', 'queued', 'in_progress'];

export const HALL_RELATION_LABELS = {
  none: '未邀请',
  invited: '已邀请',
  applied: '已申请',
  queued: '排队中',
  in_progress: '面试中',
  interviewed: '已面试',
} as const;

export const MEDIUM_LABELS: Record<VideoInterviewMedium | 'none', string> = {
  video: '视频',
  audio: '仅语音',
  text: '文字',
  none: '等待音视频',
};

export const CALL_STATE_LABELS = {
  idle: '未连接',
  connecting: '连接中',
  connected: '已连接',
  reconnecting: '重新连接中',
  failed: '连接失败',
} as const;

/** mm:ss of a number of seconds (never negative). */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** 约 N 分钟 of a wait in seconds; under a minute says so. */
export function waitText(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  return minutes < 1 ? '不到1分钟' : `约${minutes}分钟`;
}

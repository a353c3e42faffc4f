import type { VideoFair, VideoFairRegistration, VideoFairRegistrationState } from '@openrecruit/shared';
import { formatDateTime } from '../../lib/format';

// Labels and small formats shared by the 视频双选会 pages of every console and the seeker app.

export const REGISTRATION_STATES: Record<VideoFairRegistrationState, { label: string; color: string }> = {
  awaiting_payment: { label: '待支付', color: 'warning' },
  pending: { label: '待审核', color: 'processing' },
  approved: { label: '已通过', color: 'success' },
  rejected: { label: '未通过', color: 'error' },
  cancelled: { label: '已取消', color: 'default' },
};

export const PHASES: Record<VideoFair['phase'], { label: string; color: string }> = {
  registration_open: { label: '报名中', color: 'processing' },
  registration_closed: { label: '已截止', color: 'warning' },
  ongoing: { label: '进行中', color: 'success' },
  ended: { label: '已结束', color: 'default' },
  cancelled: { label: '已取消', color: 'error' },
};

/** 100快点, or 免费. */
export function feeText(points: number): string {
  return points === 0 ? '免费' : `${points}快点`;
}

/** 2026-12-14 09:00 至 15:00 (the same day), or both full times. */
export function timeRange(startsAt: string, endsAt: string): string {
  const start = formatDateTime(startsAt);
  const end = formatDateTime(endsAt);
  return start.slice(0, 10) === end.slice(0, 10) ? `${start} 至 ${end.slice(11)}` : `${start} 至 ${end}`;
}

/** 面试方式 the fair offers. */
export function modesText(fair: Pick<VideoFair, 'allowVideo' | 'allowText'>): string {
  return [fair.allowVideo ? '视频招聘' : null, fair.allowText ? '文字沟通' : null].filter(Boolean).join('、');
}

/** How the fee was paid, and where a refund went. */
export function paymentText(registration: VideoFairRegistration): string {
  if (registration.feePoints === 0) return '免费';
  const how = registration.paidWith === 'points' ? '快点支付' : '微信支付';
  const paid = registration.paidAt ? how : `${how}（未支付）`;
  switch (registration.refund) {
    case 'points':
      return `${registration.feePoints}快点 · ${paid} · 已退款（退回快点余额）`;
    case 'wechat':
      return `${registration.feePoints}快点 · ${paid} · 已退款（原路退回微信）`;
    case 'wechat_failed':
      return `${registration.feePoints}快点 · ${paid} · 已退回快点余额（微信退款未能完成）`;
    case null:
      return `${registration.feePoints}快点 · ${paid}`;
  }
}

import type { JobFair, JobFairRegistrationState } from '@openrecruit/shared';
import { formatDateTime } from '../../lib/format';

// Labels and small formats shared by the 双选会 pages of every console and the seeker app.

export const REGISTRATION_STATES: Record<JobFairRegistrationState, { label: string; color: string }> = {
  pending: { label: '审核中', color: 'processing' },
  approved: { label: '已通过', color: 'success' },
  rejected: { label: '未通过', color: 'error' },
  withdrawn: { label: '已撤销', color: 'default' },
};

export const PHASES: Record<JobFair['phase'], { label: string; color: string }> = {
  upcoming_registration: { label: '未开始报名', color: 'default' },
  registration_open: { label: '报名中', color: 'processing' },
  registration_closed: { label: '报名已截止', color: 'warning' },
  held: { label: '已举办', color: 'default' },
  cancelled: { label: '已取消', color: 'error' },
};

/** ¥500.00, or 免费. */
export function feeText(cents: number): string {
  return cents === 0 ? '免费' : `¥${(cents / 100).toFixed(2)}`;
}

/** 2026-12-14 09:00 至 15:00 (the same day), or both full times. */
export function timeRange(startsAt: string, endsAt: string): string {
  const start = formatDateTime(startsAt);
  const end = formatDateTime(endsAt);
  return start.slice(0, 10) === end.slice(0, 10) ? `${start} 至 ${end.slice(11)}` : `${start} 至 ${end}`;
}

/** What a student reads: 即将举办 until it is held (the 报名 window is the companies'). */
export function seekerPhase(phase: JobFair['phase']): string {
  if (phase === 'held') return '已结束';
  if (phase === 'cancelled') return '已取消';
  return '即将举办';
}

import type { CloudPresentation, CloudPresentationTargetState } from '@openrecruit/shared';
import { formatDateTime, formatTime } from '../../lib/format';

// What the employer's, the university's and the students' 云宣讲 pages show alike.

export const TARGET_STATE_COLORS: Record<CloudPresentationTargetState, string> = {
  pending: 'processing',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
};

/** 宣讲时间: a live one's start and end, or from when a recorded one is shown. */
export function cloudTimeText(p: Pick<CloudPresentation, 'format' | 'startsAt' | 'endsAt'>) {
  if (p.format === 'recorded') return `${formatDateTime(p.startsAt)} 起`;
  return `${formatDateTime(p.startsAt)}-${formatTime(p.endsAt)}`;
}

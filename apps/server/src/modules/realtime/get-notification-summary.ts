import type { AppContext } from '../../context';
import { sumSeekerUnread } from './realtime.repository';

export interface GetNotificationSummaryOptions {
  seekerAccountId: string;
}

/** The badge on the 招聘 tab (seed 000 §六.1: replies are marked as notifications on both record lists). */
export async function getNotificationSummary(ctx: AppContext, options: GetNotificationSummaryOptions) {
  return sumSeekerUnread(ctx.db, options.seekerAccountId);
}

import type { AppContext } from '../../context';
import { formatShanghaiDateTime } from '../../lib/shanghai-time';
import { notifyAccount } from '../notifications/notify-account';
import { reviewKindOf } from './kinds';
import type { ReviewerScope } from './review-kind';
import { claimOverdueReviewRequests, findReviewerAccounts } from './reviews.repository';

export interface NotifyOverdueReviewsOptions {
  /** The clock: requests due before it are overdue. */
  now: Date;
}

/**
 * Campus issue §2: a request still pending after its due date is notified once to whoever answers
 * for the queue (the platform: every operator; a university: its staff). Runs on a timer
 * (overdue-review-job.ts); the claim makes it safe on several instances at once.
 */
export async function notifyOverdueReviews(
  ctx: AppContext,
  options: NotifyOverdueReviewsOptions,
): Promise<{ notified: number }> {
  const claimed = await claimOverdueReviewRequests(ctx.db, options.now);
  for (const request of claimed) {
    const scope: ReviewerScope =
      request.reviewerKind === 'university' && request.reviewerUniversityId
        ? { reviewerKind: 'university', universityId: request.reviewerUniversityId }
        : { reviewerKind: 'platform' };
    const kind = reviewKindOf(request.kind);
    const label = kind.label;
    for (const reviewer of await findReviewerAccounts(ctx.db, scope)) {
      await notifyAccount(ctx, {
        accountId: reviewer.id,
        kind: 'review_overdue',
        title: `${label}已逾期`,
        body: `一条${label}已超过截止时间（${formatShanghaiDateTime(request.dueAt!)}）仍未审核，请尽快处理。`,
        link: kind.queuePath,
        data: { requestId: request.id },
      });
    }
  }
  return { notified: claimed.length };
}

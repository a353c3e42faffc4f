import type { ReviewRequest } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { requireFound } from '../../plugins/access';
import { mapReviewRequests } from './map-review-requests';
import type { ReviewerScope } from './review-kind';
import { findReviewRequestRows } from './reviews.repository';

export interface GetReviewRequestOptions {
  reviewer: ReviewerScope;
  requestId: string;
}

/** One request of the reviewer's queue; another reviewer's request is 404 like a missing one. */
export async function getReviewRequest(
  ctx: AppContext,
  options: GetReviewRequestOptions,
): Promise<ReviewRequest> {
  const rows = await findReviewRequestRows(ctx.db, { scope: options.reviewer, id: options.requestId });
  const [request] = await mapReviewRequests(ctx.db, rows);
  return requireFound(request, '审核申请不存在');
}

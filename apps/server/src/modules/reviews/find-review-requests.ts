import type { Page, ReviewKind, ReviewRequest, ReviewState } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import { mapReviewRequests } from './map-review-requests';
import type { ReviewerScope } from './review-kind';
import { countReviewRequests, findReviewRequestRows } from './reviews.repository';

export interface FindReviewRequestsOptions {
  /** Whose queue: the platform's (operators) or one university's (its staff). */
  reviewer: ReviewerScope;
  kind?: ReviewKind;
  state?: ReviewState;
  page: number;
  pageSize: number;
}

/** A reviewer's queue, newest first, one page of every kind or of one kind. */
export async function findReviewRequests(
  ctx: AppContext,
  options: FindReviewRequestsOptions,
): Promise<Page<ReviewRequest>> {
  const filter = { scope: options.reviewer, kind: options.kind, state: options.state };
  const [rows, total] = await Promise.all([
    findReviewRequestRows(ctx.db, filter, pageWindow(options)),
    countReviewRequests(ctx.db, filter),
  ]);
  return pageOf(options, await mapReviewRequests(ctx.db, rows), total);
}

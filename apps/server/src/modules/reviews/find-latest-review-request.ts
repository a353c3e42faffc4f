import type { ReviewKind, ReviewState } from '@openrecruit/shared';
import type { Executor } from '../../db/client';
import { findLatestReviewRequest as findLatestRow } from './reviews.repository';

export interface FindLatestReviewRequestOptions {
  kind: ReviewKind;
  applicantAccountId: string;
  applicantCompanyId: string;
}

export interface ReviewRequestStatus {
  id: string;
  state: ReviewState;
  submittedAt: string;
  decidedAt: string | null;
  reason: string | null;
}

/** The applicant's newest request of a kind for their company, as the applicant sees it. */
export async function findLatestReviewRequest(
  db: Executor,
  options: FindLatestReviewRequestOptions,
): Promise<ReviewRequestStatus | null> {
  const row = await findLatestRow(db, options);
  return row
    ? {
        id: row.id,
        state: row.state,
        submittedAt: row.createdAt.toISOString(),
        decidedAt: row.decidedAt?.toISOString() ?? null,
        reason: row.reason,
      }
    : null;
}

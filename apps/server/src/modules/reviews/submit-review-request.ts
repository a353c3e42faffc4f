import { type LiveMessage, live, type ReviewKind } from '@openrecruit/shared';
import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import { loadWorkCalendar } from '../work-calendar/load-work-calendar';
import { dueAfterWorkingDays } from '../work-calendar/work-calendar';
import { type ReviewPayloadInput, reviewKinds } from './kinds';
import type { ReviewKindDefinition, ReviewRecord } from './review-kind';
import { findPendingReviewRequest, insertReviewRequest } from './reviews.repository';

export interface SubmitReviewRequestOptions<Kind extends ReviewKind> {
  kind: Kind;
  /** The record the request is about (the company, for today's kinds). */
  subjectId: string;
  applicantAccountId: string;
  applicantCompanyId: string | null;
  /** A university kind's reviewer: the university that decides it. */
  reviewerUniversityId?: string;
  payload: ReviewPayloadInput<Kind>;
  /** When it is submitted (tests pass a clock); the due date counts working days from its day. */
  now?: Date;
}

export interface SubmittedReview {
  id: string;
  /** Publish with publishAfterCommit once the caller's transaction has committed. */
  events: LiveMessage[];
}

/** Who hears of a request in their queue: the operators' consoles, or the university's. */
export function reviewQueueEvents(
  request: Pick<ReviewRecord, 'id' | 'reviewerKind' | 'reviewerUniversityId'>,
): LiveMessage[] {
  switch (request.reviewerKind) {
    case 'platform':
      return [live.operators({ type: 'reviews.changed', data: { reviewId: request.id } })];
    case 'university':
      return request.reviewerUniversityId
        ? [
            live.university(request.reviewerUniversityId, {
              type: 'reviews.changed',
              data: { reviewId: request.id },
            }),
          ]
        : [];
  }
}

/**
 * Puts a request in its reviewer's queue, in the caller's transaction: the sign-up creates the
 * account, the company and the request at once, and the one-pending rules rely on the row the
 * caller locked (the applicant's account, or the subject). The payload is checked by the kind.
 */
export async function submitReviewRequest<Kind extends ReviewKind>(
  tx: Executor,
  options: SubmitReviewRequestOptions<Kind>,
): Promise<SubmittedReview> {
  const kind = reviewKinds[options.kind] as unknown as ReviewKindDefinition;
  const payload = kind.payload.parse(options.payload);
  if (kind.onePendingPer) {
    const { key } = kind.onePendingPer;
    const pending = await findPendingReviewRequest(
      tx,
      key === 'applicant'
        ? { kind: kind.code, applicantAccountId: options.applicantAccountId }
        : {
            kind: kind.code,
            subjectId: options.subjectId,
            ...(key === 'subjectAndReviewer'
              ? { reviewerUniversityId: options.reviewerUniversityId ?? null }
              : {}),
          },
    );
    if (pending) throw new AppError(kind.onePendingPer.refusal);
  }
  if ((kind.reviewer === 'university') !== (options.reviewerUniversityId !== undefined)) {
    throw new Error(`review kind ${kind.code} is decided by ${kind.reviewer}`);
  }
  const now = options.now ?? new Date();
  const dueAt = kind.dueWorkingDays
    ? dueAfterWorkingDays(await loadWorkCalendar(tx), now, kind.dueWorkingDays)
    : null;
  const row = await insertReviewRequest(tx, {
    kind: kind.code,
    subjectId: options.subjectId,
    applicantAccountId: options.applicantAccountId,
    applicantCompanyId: options.applicantCompanyId,
    reviewerKind: kind.reviewer,
    reviewerUniversityId: options.reviewerUniversityId ?? null,
    payload,
    dueAt,
    createdAt: now,
  });
  return { id: row.id, events: reviewQueueEvents(row) };
}

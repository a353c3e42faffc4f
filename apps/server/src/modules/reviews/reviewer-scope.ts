import type { Operator, UniversityStaff } from '../../plugins/access';
import type { ReviewDecider, ReviewerScope } from './review-kind';

// From the caller (plugins/access.ts) to the queue they review.

export function platformReviewer(_operator: Operator): ReviewerScope {
  return { reviewerKind: 'platform' };
}

/** A university's staff review their own university's requests only (campus kinds, issue 11). */
export function universityReviewer(staff: UniversityStaff): ReviewerScope {
  return { reviewerKind: 'university', universityId: staff.universityId };
}

export function deciderOf(caller: Operator | UniversityStaff): ReviewDecider {
  return {
    accountId: caller.accountId,
    scope: 'universityId' in caller ? universityReviewer(caller) : platformReviewer(caller),
  };
}

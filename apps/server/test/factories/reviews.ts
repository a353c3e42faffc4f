import { reviewRequests } from '../../src/db/schema';
import type { TestApp } from '../build-test-app';

/**
 * A pending platform review request stored as the engine stores it (modules/reviews), for tests
 * that need one without going through the form that submits it. `payload` is the kind's.
 */
export async function insertReviewRequest(
  db: TestApp['database']['db'],
  values: {
    kind: (typeof reviewRequests.$inferInsert)['kind'];
    companyId: string;
    applicantAccountId: string;
    payload?: Record<string, unknown>;
    reviewerUniversityId?: string;
  },
) {
  const [row] = await db
    .insert(reviewRequests)
    .values({
      kind: values.kind,
      subjectId: values.companyId,
      applicantAccountId: values.applicantAccountId,
      applicantCompanyId: values.companyId,
      reviewerKind: values.reviewerUniversityId ? 'university' : 'platform',
      reviewerUniversityId: values.reviewerUniversityId ?? null,
      payload: values.payload ?? {},
    })
    .returning();
  return row!;
}

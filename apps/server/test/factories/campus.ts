import { reviewRequests } from '../../src/db/schema';
import type { TestApp } from '../build-test-app';

/**
 * The company 已入驻 at the university, as the engine leaves it after the university approved its
 * `university_entry` request (the newest request of the pair decides the entry's state).
 */
export async function enterUniversity(
  db: TestApp['database']['db'],
  values: { companyId: string; universityId: string; applicantAccountId: string; universityName?: string },
) {
  const [row] = await db
    .insert(reviewRequests)
    .values({
      kind: 'university_entry',
      subjectId: values.companyId,
      applicantAccountId: values.applicantAccountId,
      applicantCompanyId: values.companyId,
      reviewerKind: 'university',
      reviewerUniversityId: values.universityId,
      payload: { universityName: values.universityName ?? '', source: 'console' },
      state: 'approved',
      decidedAt: new Date(),
      // Newer than any request the test made before: it is the entry's state.
      createdAt: new Date(Date.now() + 1000),
    })
    .returning();
  return row!;
}

/** 'YYYY-MM-DDTHH:mm:00+08:00', `days` from today (Shanghai wall clock). */
export function shanghaiAt(days: number, time: string): string {
  const day = new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${time}:00+08:00`;
}

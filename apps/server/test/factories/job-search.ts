import { eq } from 'drizzle-orm';
import { seekers } from '../../src/db/schema';
import { reindexJob } from '../../src/modules/jobs/reindex-jobs';
import type { TestApp } from '../build-test-app';
import { createTestJob, type TestJobOverrides } from '../factories';
import { freshIdNumber, signUpSeeker } from '../fixtures';
import { TestClient } from '../http-client';

// Shared by the search and detail API tests: a logged-in seeker, and jobs that are in the index.

/** A seeker logged in by cookie; with `education` the profile is complete (seed 000 §三.2). */
export async function loginSeeker(
  t: TestApp,
  options: { birth?: string; education?: string | null } = {},
): Promise<{ client: TestClient; accountId: string }> {
  const client = new TestClient(t.app);
  const person = await signUpSeeker(client, { idNumber: freshIdNumber(options.birth ?? '19950610') });
  const login = await client.login('seeker', person.idNumber, person.password);
  const accountId: string = login.body.account.id;
  const education = options.education === undefined ? '20' : options.education;
  if (education) {
    await t.database.db
      .update(seekers)
      .set({ education, politicalStatus: '13', profileCompletedAt: new Date() })
      .where(eq(seekers.accountId, accountId));
  }
  return { client, accountId };
}

/** A job written the way job-writing code must write one: the row, then `reindexJob` in one transaction. */
export async function createIndexedJob(t: TestApp, overrides: TestJobOverrides & { companyId: string }) {
  return t.database.db.transaction(async (tx) => {
    const job = await createTestJob(tx, overrides);
    await reindexJob(tx, job.id);
    return job;
  });
}

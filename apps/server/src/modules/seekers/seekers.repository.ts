import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { resumes, seekers } from '../../db/schema';

/** The columns of a seeker's basic information; never the encrypted numbers or their hashes. */
const profileColumns = {
  name: seekers.name,
  sex: seekers.sex,
  birthDate: seekers.birthDate,
  idNumberMasked: seekers.idNumberMasked,
  householdRegistration: seekers.householdRegistration,
  mobileMasked: seekers.mobileMasked,
  education: seekers.education,
  politicalStatus: seekers.politicalStatus,
  profileCompletedAt: seekers.profileCompletedAt,
};

export type SeekerProfileRow = NonNullable<Awaited<ReturnType<typeof findSeekerProfile>>>;
export type ResumeRow = typeof resumes.$inferSelect;
export type ResumeValues = Omit<typeof resumes.$inferInsert, 'accountId' | 'updatedAt'>;

export async function findSeekerProfile(db: Executor, accountId: string) {
  const [row] = await db.select(profileColumns).from(seekers).where(eq(seekers.accountId, accountId));
  return row;
}

/**
 * Seed 000 §三.2: the choice is made once. The condition on profile_completed_at makes the update
 * itself the lock: of several racing requests only one gets a row back.
 */
export async function completeSeekerProfileOnce(
  db: Executor,
  accountId: string,
  values: { education: string; politicalStatus: string },
) {
  const [row] = await db
    .update(seekers)
    .set({ ...values, profileCompletedAt: new Date() })
    .where(and(eq(seekers.accountId, accountId), isNull(seekers.profileCompletedAt)))
    .returning(profileColumns);
  return row;
}

export async function findResume(db: Executor, accountId: string) {
  const [row] = await db.select().from(resumes).where(eq(resumes.accountId, accountId));
  return row;
}

export async function upsertResume(db: Executor, accountId: string, values: ResumeValues) {
  const [row] = await db
    .insert(resumes)
    .values({ accountId, ...values })
    .onConflictDoUpdate({ target: resumes.accountId, set: { ...values, updatedAt: sql`now()` } })
    .returning();
  return row!;
}

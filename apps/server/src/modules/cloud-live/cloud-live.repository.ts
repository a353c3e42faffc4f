import { and, desc, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  accounts,
  cloudPresentationComments,
  cloudPresentationMutes,
  cloudPresentations,
  cloudPresentationTargets,
  cloudPresentationViewers,
  companies,
  storedFiles,
} from '../../db/schema';

// All SQL of the 直播宣讲 broadcast: the live columns of cloud_presentations (the rest belongs to
// modules/cloud-presentations), comments, mutes, and the viewers' presence. State changes are
// guarded with `WHERE live_state IN (machine.sources(event))`.

export type LivePresentationRow = typeof cloudPresentations.$inferSelect & { companyName: string };
type LiveState = NonNullable<LivePresentationRow['liveState']>;

/** A live-format 云宣讲 that is not withdrawn, with its company's name. */
export async function findLivePresentation(
  db: Executor,
  id: string,
): Promise<LivePresentationRow | undefined> {
  const [row] = await db
    .select({ presentation: cloudPresentations, companyName: companies.name })
    .from(cloudPresentations)
    .innerJoin(companies, eq(companies.id, cloudPresentations.companyId))
    .where(
      and(
        eq(cloudPresentations.id, id),
        eq(cloudPresentations.format, 'live'),
        isNull(cloudPresentations.withdrawnAt),
      ),
    );
  return row ? { ...row.presentation, companyName: row.companyName } : undefined;
}

export async function findApprovedUniversityIds(db: Executor, presentationId: string) {
  const rows = await db
    .select({ universityId: cloudPresentationTargets.universityId })
    .from(cloudPresentationTargets)
    .where(
      and(
        eq(cloudPresentationTargets.presentationId, presentationId),
        eq(cloudPresentationTargets.state, 'approved'),
      ),
    );
  return rows.map((row) => row.universityId);
}

/** The company an HR account belongs to (a media caller carries only its account). */
export async function findAccountCompanyId(db: Executor, accountId: string) {
  const [row] = await db
    .select({ companyId: accounts.companyId })
    .from(accounts)
    .where(and(eq(accounts.id, accountId), eq(accounts.role, 'employer')));
  return row?.companyId ?? null;
}

export async function moveLiveState(
  db: Executor,
  id: string,
  from: readonly LiveState[],
  values: Partial<typeof cloudPresentations.$inferInsert>,
) {
  const [row] = await db
    .update(cloudPresentations)
    .set({ ...values, updatedAt: new Date() })
    .where(
      and(
        eq(cloudPresentations.id, id),
        inArray(cloudPresentations.liveState, [...from]),
        isNull(cloudPresentations.withdrawnAt),
      ),
    )
    .returning({ id: cloudPresentations.id });
  return row !== undefined;
}

/** Broadcasts still live past `endedBefore` (their end + the grace), for the sweep. */
export async function findOverdueLive(db: Executor, endedBefore: Date) {
  return db
    .select({
      id: cloudPresentations.id,
      companyId: cloudPresentations.companyId,
      mediaRoom: cloudPresentations.mediaRoom,
    })
    .from(cloudPresentations)
    .where(and(eq(cloudPresentations.liveState, 'live'), lt(cloudPresentations.endsAt, endedBefore)));
}

export async function findPresentationByRoom(db: Executor, room: string) {
  const [row] = await db
    .select({ id: cloudPresentations.id, companyId: cloudPresentations.companyId })
    .from(cloudPresentations)
    .where(eq(cloudPresentations.mediaRoom, room));
  return row;
}

export async function setRecordingFile(db: Executor, id: string, fileId: string) {
  await db
    .update(cloudPresentations)
    .set({ recordingFileId: fileId, updatedAt: new Date() })
    .where(eq(cloudPresentations.id, id));
}

export async function insertRecordingFile(db: Executor, values: typeof storedFiles.$inferInsert) {
  const [row] = await db.insert(storedFiles).values(values).returning({ id: storedFiles.id });
  return row!;
}

// ---- comments and mutes ----

export async function insertComment(db: Executor, values: typeof cloudPresentationComments.$inferInsert) {
  const [row] = await db.insert(cloudPresentationComments).values(values).returning();
  return row!;
}

export async function selectComments(
  db: Executor,
  presentationId: string,
  limit: number,
  withHidden: boolean,
) {
  return db
    .select()
    .from(cloudPresentationComments)
    .where(
      and(
        eq(cloudPresentationComments.presentationId, presentationId),
        withHidden ? undefined : isNull(cloudPresentationComments.hiddenAt),
      ),
    )
    .orderBy(desc(cloudPresentationComments.createdAt), desc(cloudPresentationComments.id))
    .limit(limit);
}

export async function findComment(db: Executor, presentationId: string, commentId: string) {
  const [row] = await db
    .select()
    .from(cloudPresentationComments)
    .where(
      and(
        eq(cloudPresentationComments.id, commentId),
        eq(cloudPresentationComments.presentationId, presentationId),
      ),
    );
  return row;
}

export async function hideComment(db: Executor, commentId: string, by: string, at: Date) {
  const [row] = await db
    .update(cloudPresentationComments)
    .set({
      hiddenAt: sql`COALESCE(${cloudPresentationComments.hiddenAt}, ${at.toISOString()}::timestamptz)`,
      hiddenBy: by,
    })
    .where(eq(cloudPresentationComments.id, commentId))
    .returning();
  return row!;
}

export async function insertMute(db: Executor, values: typeof cloudPresentationMutes.$inferInsert) {
  await db.insert(cloudPresentationMutes).values(values).onConflictDoNothing();
}

export async function findMutedAccounts(db: Executor, presentationId: string) {
  const rows = await db
    .select({ accountId: cloudPresentationMutes.accountId })
    .from(cloudPresentationMutes)
    .where(eq(cloudPresentationMutes.presentationId, presentationId));
  return new Set(rows.map((row) => row.accountId));
}

// ---- presence ----
// A viewer's heartbeat is its row of cloud_presentation_viewers (last_seen_at): shared by every API
// instance, cleared when the broadcast ends.

export async function touchPresence(db: Executor, presentationId: string, accountId: string) {
  await db
    .insert(cloudPresentationViewers)
    .values({ presentationId, accountId })
    .onConflictDoUpdate({
      target: [cloudPresentationViewers.presentationId, cloudPresentationViewers.accountId],
      set: { lastSeenAt: sql`now()` },
    });
}

/** Viewers that reported after `since`. */
export async function findPresentViewers(db: Executor, presentationId: string, since: Date) {
  const rows = await db
    .select({ accountId: cloudPresentationViewers.accountId })
    .from(cloudPresentationViewers)
    .where(
      and(
        eq(cloudPresentationViewers.presentationId, presentationId),
        gt(cloudPresentationViewers.lastSeenAt, since),
      ),
    );
  return rows.map((row) => row.accountId);
}

export async function clearPresence(db: Executor, presentationId: string) {
  await db
    .delete(cloudPresentationViewers)
    .where(eq(cloudPresentationViewers.presentationId, presentationId));
}

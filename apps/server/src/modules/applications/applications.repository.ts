import { and, count, desc, eq, inArray, isNotNull, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { applicationMessages, applications, companies, interviews, jobs, seekers } from '../../db/schema';
import type { PageWindow } from '../../lib/paging';

export type ApplicationRow = typeof applications.$inferSelect;
export type InterviewRow = typeof interviews.$inferSelect;
export type MessageRow = typeof applicationMessages.$inferSelect;
/** Seed 000 §五: 当前应聘记录, or 历史应聘记录 (withdrawn). */
export type SeekerList = 'current' | 'history';

/**
 * Whose application it is: the seeker's own, or one made to the company's jobs. Every look-up of a
 * single application names its owner, so another person's record is simply not found (404).
 */
export type ApplicationOwner = { seekerAccountId: string } | { companyId: string };

/**
 * The seeker's own records are those the seeker made or accepted (投递, 邀约): a resume the company
 * downloaded from 人才推荐 is the company's copy and never shows in 我的应聘 nor counts to the 10.
 */
export const isSeekersOwn = ne(applications.source, 'talent_download');

function ownedBy(owner: ApplicationOwner): SQL {
  return 'seekerAccountId' in owner
    ? and(eq(applications.seekerAccountId, owner.seekerAccountId), isSeekersOwn)!
    : eq(applications.companyId, owner.companyId);
}

const isCurrent = isNull(applications.withdrawnAt);

/**
 * Locks the seeker's row for the rest of the transaction: concurrent applications by one seeker
 * queue here, so counting and inserting cannot interleave (seed 000 §四.2: at most 10).
 */
export async function lockSeekerForApplying(tx: Executor, accountId: string) {
  const [row] = await tx
    .select({ birthDate: seekers.birthDate, education: seekers.education })
    .from(seekers)
    .where(eq(seekers.accountId, accountId))
    .for('update');
  return row;
}

export async function findJobToApply(db: Executor, jobId: string) {
  const [row] = await db
    .select({
      id: jobs.id,
      companyId: jobs.companyId,
      state: jobs.state,
      education: jobs.education,
      ageMin: jobs.ageMin,
      ageMax: jobs.ageMax,
    })
    .from(jobs)
    // A company that is not verified does not appear to seekers (issue 4): its jobs are unknown here.
    .innerJoin(companies, and(eq(companies.id, jobs.companyId), eq(companies.verificationState, 'verified')))
    .where(eq(jobs.id, jobId));
  return row;
}

export async function countCurrentApplications(db: Executor, seekerAccountId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(applications)
    .where(
      and(
        eq(applications.seekerAccountId, seekerAccountId),
        eq(applications.source, 'application'),
        isCurrent,
      ),
    );
  return row?.n ?? 0;
}

/** The seeker's own current application to the job (投递 or 邀约), if any. */
export async function findOwnCurrentApplication(db: Executor, seekerAccountId: string, jobId: string) {
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(
      and(
        eq(applications.seekerAccountId, seekerAccountId),
        eq(applications.jobId, jobId),
        isSeekersOwn,
        isCurrent,
      ),
    );
  return row;
}

export async function insertApplication(
  db: Executor,
  values: { seekerAccountId: string; jobId: string; companyId: string },
) {
  const [row] = await db.insert(applications).values(values).returning();
  return row!;
}

/** The application, locked until the transaction ends, so two state changes cannot race. */
export async function lockApplication(tx: Executor, id: string, owner: ApplicationOwner) {
  const [row] = await tx
    .select()
    .from(applications)
    .where(and(eq(applications.id, id), ownedBy(owner)))
    .for('update');
  return row;
}

// Last changes use the database clock, like created_at, so "newest change first" compares like with like.
const changedNow = sql`now()`;

/** A state change; `lastChangedAt` moves with it so lists show the newest change first. */
export async function updateApplicationState(
  db: Executor,
  id: string,
  changes: Pick<ApplicationRow, 'state'> &
    Partial<Pick<ApplicationRow, 'viewedAt' | 'withdrawnAt' | 'interviewNoticeUnseen'>>,
) {
  await db
    .update(applications)
    .set({ ...changes, lastChangedAt: changedNow })
    .where(eq(applications.id, id));
}

/** The seeker opened the 通知 dialog: replies and the interview notice are seen. */
export async function markSeenBySeeker(db: Executor, id: string) {
  await db
    .update(applications)
    .set({ seekerUnread: 0, interviewNoticeUnseen: 0 })
    .where(
      and(
        eq(applications.id, id),
        sql`(${applications.seekerUnread} > 0 OR ${applications.interviewNoticeUnseen} > 0)`,
      ),
    );
}

/** The employer opened the application: viewed (first time only) and its messages read. */
export async function markReadByEmployer(db: Executor, id: string) {
  await db
    .update(applications)
    .set({ employerUnread: 0, viewedAt: sql`coalesce(${applications.viewedAt}, now())` })
    .where(eq(applications.id, id));
}

export type NewMessage = Pick<MessageRow, 'applicationId' | 'sender' | 'kind' | 'body'> & {
  senderAccountId: string;
};

/** A message in the thread: the row, one more unread for the other side, and a newer last change. */
export async function insertMessage(db: Executor, message: NewMessage) {
  const [row] = await db.insert(applicationMessages).values(message).returning();
  const unread =
    message.sender === 'seeker'
      ? { employerUnread: sql`${applications.employerUnread} + 1` }
      : { seekerUnread: sql`${applications.seekerUnread} + 1` };
  await db
    .update(applications)
    .set({ ...unread, lastChangedAt: changedNow })
    .where(eq(applications.id, message.applicationId));
  return row!;
}

export async function findMessages(db: Executor, applicationId: string) {
  return db
    .select()
    .from(applicationMessages)
    .where(eq(applicationMessages.applicationId, applicationId))
    .orderBy(applicationMessages.createdAt, applicationMessages.id);
}

export async function insertInterview(
  db: Executor,
  values: { applicationId: string; invitation: string; invitedBy: string; sessionId?: string },
) {
  const [row] = await db.insert(interviews).values(values).returning();
  return row!;
}

export async function updateInterview(
  db: Executor,
  id: string,
  changes: Partial<Omit<InterviewRow, 'id' | 'applicationId'>>,
) {
  await db.update(interviews).set(changes).where(eq(interviews.id, id));
}

/** The latest interview round of each application (a new notice after a confirmed one starts a round). */
export async function findLatestInterviews(db: Executor, applicationIds: string[]) {
  if (applicationIds.length === 0) return new Map<string, InterviewRow>();
  const rows = await db
    .selectDistinctOn([interviews.applicationId])
    .from(interviews)
    .where(inArray(interviews.applicationId, applicationIds))
    .orderBy(interviews.applicationId, desc(interviews.invitedAt), desc(interviews.id));
  return new Map(rows.map((row) => [row.applicationId, row]));
}

export async function findLatestInterview(db: Executor, applicationId: string) {
  return (await findLatestInterviews(db, [applicationId])).get(applicationId);
}

/** An application with what the seeker's list shows of its job (seed 000 §五). */
const recordColumns = {
  application: applications,
  job: {
    id: jobs.id,
    title: jobs.title,
    salaryMin: jobs.salaryMin,
    salaryMax: jobs.salaryMax,
    state: jobs.state,
  },
  companyName: companies.name,
};
export type RecordRow = {
  application: ApplicationRow;
  job: { id: string; title: string; salaryMin: number; salaryMax: number; state: 'recruiting' | 'offline' };
  companyName: string;
};

function selectRecords(db: Executor) {
  return db
    .select(recordColumns)
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(companies, eq(companies.id, applications.companyId));
}

export async function findRecord(db: Executor, id: string, owner: ApplicationOwner) {
  const [row] = await selectRecords(db).where(and(eq(applications.id, id), ownedBy(owner)));
  return row;
}

/** The seeker's own records of 当前应聘记录 or 历史应聘记录 (withdrawn). */
function seekerList(seekerAccountId: string, list: SeekerList): SQL {
  return and(
    eq(applications.seekerAccountId, seekerAccountId),
    isSeekersOwn,
    list === 'current' ? isCurrent : isNotNull(applications.withdrawnAt),
  )!;
}

/** One page of 当前应聘记录 or 历史应聘记录, newest change first. */
export async function findSeekerRecords(
  db: Executor,
  seekerAccountId: string,
  list: SeekerList,
  window: PageWindow,
): Promise<RecordRow[]> {
  return selectRecords(db)
    .where(seekerList(seekerAccountId, list))
    .orderBy(desc(applications.lastChangedAt), desc(applications.id))
    .offset(window.offset)
    .limit(window.limit);
}

export async function countSeekerRecords(db: Executor, seekerAccountId: string, list: SeekerList) {
  const [row] = await db.select({ n: count() }).from(applications).where(seekerList(seekerAccountId, list));
  return row?.n ?? 0;
}

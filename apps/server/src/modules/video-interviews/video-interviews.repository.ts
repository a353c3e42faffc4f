import {
  type AnyColumn,
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  inArray,
  isNotNull,
  isNull,
  lt,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  accounts,
  applications,
  companies,
  jobs,
  resumes,
  seekers,
  videoFairInterviews,
  videoFairMessages,
  videoFairRegistrations,
  videoFairRoomChecks,
  videoFairStudents,
  videoFairs,
} from '../../db/schema';

// All SQL of the 视频双选会 interviews. Employer queries name the company (and the registration);
// seeker queries name the seeker: a foreign row is simply not found.

const i = videoFairInterviews;
type InterviewState = (typeof i.$inferSelect)['state'];
export type NewVideoInterview = typeof i.$inferInsert;

function escapeLike(keyword: string): string {
  return keyword.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// ── Registrations, fairs, sign-ups ──

const registrationColumns = {
  ...getTableColumns(videoFairRegistrations),
  fairTitle: videoFairs.title,
  fairStartsAt: videoFairs.startsAt,
  fairEndsAt: videoFairs.endsAt,
  fairState: videoFairs.state,
  slotMinutes: videoFairs.slotMinutes,
  companyName: companies.name,
};
export type RegistrationRow = Awaited<ReturnType<typeof findRegistration>>;

function selectRegistrations(db: Executor) {
  return db
    .select(registrationColumns)
    .from(videoFairRegistrations)
    .innerJoin(videoFairs, eq(videoFairs.id, videoFairRegistrations.fairId))
    .innerJoin(companies, eq(companies.id, videoFairRegistrations.companyId));
}

/** The company's registration (any state), or undefined. */
export async function findRegistration(db: Executor, companyId: string, registrationId: string) {
  const [row] = await selectRegistrations(db).where(
    and(eq(videoFairRegistrations.id, registrationId), eq(videoFairRegistrations.companyId, companyId)),
  );
  return row;
}

/** An approved registration at a published fair, as a student reaches it. */
export async function findApprovedRegistrationAt(db: Executor, fairId: string, registrationId: string) {
  const [row] = await selectRegistrations(db).where(
    and(
      eq(videoFairRegistrations.id, registrationId),
      eq(videoFairRegistrations.fairId, fairId),
      eq(videoFairRegistrations.state, 'approved'),
      eq(videoFairs.state, 'published'),
    ),
  );
  return row;
}

/** The registration row locked: one call per room at a time (开始面试 under concurrency). */
export async function lockRegistration(tx: Executor, registrationId: string) {
  await tx.execute(
    sql`select id from ${videoFairRegistrations} where ${videoFairRegistrations.id} = ${registrationId} for update`,
  );
}

export async function isSignedUp(db: Executor, fairId: string, seekerAccountId: string) {
  const [row] = await db
    .select({ id: videoFairStudents.id })
    .from(videoFairStudents)
    .where(and(eq(videoFairStudents.fairId, fairId), eq(videoFairStudents.seekerAccountId, seekerAccountId)));
  return row !== undefined;
}

/** Accepting an invitation from 简历管理 signs the student up (decision 021). */
export async function signUpStudent(tx: Executor, fairId: string, seekerAccountId: string) {
  await tx.insert(videoFairStudents).values({ fairId, seekerAccountId }).onConflictDoNothing();
}

export async function findJobTitles(db: Executor, companyId: string, jobIds: string[]) {
  if (jobIds.length === 0) return [];
  return db
    .select({ id: jobs.id, title: jobs.title })
    .from(jobs)
    .where(and(eq(jobs.companyId, companyId), inArray(jobs.id, jobIds), isNull(jobs.deletedAt)));
}

export async function findCompanyAccount(db: Executor, accountId: string) {
  const [row] = await db
    .select({ companyId: accounts.companyId, companyRole: accounts.companyRole, role: accounts.role })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  return row;
}

// ── Students as the company sees them ──

const studentColumns = {
  seekerAccountId: seekers.accountId,
  name: seekers.name,
  sex: seekers.sex,
  birthDate: seekers.birthDate,
  education: seekers.education,
  educations: resumes.educations,
  experiences: resumes.experiences,
  skills: resumes.skills,
  jobIntention: resumes.jobIntention,
};

/** The company's latest interview with the student at the fair: its state and id. */
function latestInterview(fairId: string, companyId: string, seekerColumn: AnyColumn) {
  const base = sql`from ${i} where ${i.fairId} = ${fairId} and ${i.companyId} = ${companyId} and ${i.seekerAccountId} = ${seekerColumn} order by ${i.createdAt} desc limit 1`;
  return {
    latestState: sql<InterviewState | null>`(select ${i.state} ${base})`,
    latestInterviewId: sql<string | null>`(select ${i.id} ${base})`,
  };
}

export interface HallFilter {
  fairId: string;
  companyId: string;
  major?: string | undefined;
  education?: string | undefined;
  intention?: string | undefined;
  keyword?: string | undefined;
  offset: number;
  limit: number;
}

function hallConditions(filter: HallFilter): SQL[] {
  const conditions: SQL[] = [eq(videoFairStudents.fairId, filter.fairId)];
  if (filter.major) {
    const pattern = `%${escapeLike(filter.major)}%`;
    conditions.push(
      sql`exists (select 1 from jsonb_array_elements(coalesce(${resumes.educations}, '[]'::jsonb)) as e where e->>'major' ilike ${pattern})`,
    );
  }
  if (filter.education) conditions.push(eq(seekers.education, filter.education));
  if (filter.intention) {
    conditions.push(
      sql`coalesce(${resumes.jobIntention}->>'occupations', '') ilike ${`%${escapeLike(filter.intention)}%`}`,
    );
  }
  if (filter.keyword) {
    const pattern = `%${escapeLike(filter.keyword)}%`;
    conditions.push(
      sql`(coalesce(${resumes.educations}::text, '') || ' ' || coalesce(${resumes.jobIntention}::text, '') || ' ' || coalesce(${resumes.skills}::text, '')) ilike ${pattern}`,
    );
  }
  return conditions;
}

/** 求职者大厅: the fair's signed-up students, newest sign-up first, with the company's relation. */
export async function findHallStudents(db: Executor, filter: HallFilter) {
  const where = and(...hallConditions(filter));
  const rows = await db
    .select({
      ...studentColumns,
      signedUpAt: videoFairStudents.createdAt,
      ...latestInterview(filter.fairId, filter.companyId, videoFairStudents.seekerAccountId),
    })
    .from(videoFairStudents)
    .innerJoin(seekers, eq(seekers.accountId, videoFairStudents.seekerAccountId))
    .leftJoin(resumes, eq(resumes.accountId, videoFairStudents.seekerAccountId))
    .where(where)
    .orderBy(desc(videoFairStudents.createdAt), videoFairStudents.id)
    .offset(filter.offset)
    .limit(filter.limit);
  const [total] = await db
    .select({ n: count() })
    .from(videoFairStudents)
    .innerJoin(seekers, eq(seekers.accountId, videoFairStudents.seekerAccountId))
    .leftJoin(resumes, eq(resumes.accountId, videoFairStudents.seekerAccountId))
    .where(where);
  return { rows, total: total?.n ?? 0 };
}

const interestedMarks = ['suitable', 'undecided'] as const;

/** 从简历管理邀请: the company's current applications marked 合适 or 待定, newest first. */
export async function findInterestedResumes(
  db: Executor,
  options: { companyId: string; fairId: string; offset: number; limit: number },
) {
  const where = and(
    eq(applications.companyId, options.companyId),
    isNull(applications.withdrawnAt),
    inArray(applications.mark, [...interestedMarks]),
  );
  const rows = await db
    .select({
      ...studentColumns,
      applicationId: applications.id,
      mark: applications.mark,
      jobId: jobs.id,
      jobTitle: jobs.title,
      signedUp: sql<boolean>`exists (select 1 from ${videoFairStudents} where ${videoFairStudents.fairId} = ${options.fairId} and ${videoFairStudents.seekerAccountId} = ${applications.seekerAccountId})`,
      ...latestInterview(options.fairId, options.companyId, applications.seekerAccountId),
    })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(seekers, eq(seekers.accountId, applications.seekerAccountId))
    .leftJoin(resumes, eq(resumes.accountId, applications.seekerAccountId))
    .where(where)
    .orderBy(desc(applications.markedAt), desc(applications.createdAt), applications.id)
    .offset(options.offset)
    .limit(options.limit);
  const [total] = await db.select({ n: count() }).from(applications).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** A current application of the company marked 合适 or 待定 for the student (从简历管理邀请). */
export async function findInterestedApplication(db: Executor, companyId: string, seekerAccountId: string) {
  const [row] = await db
    .select({ id: applications.id, jobId: applications.jobId })
    .from(applications)
    .where(
      and(
        eq(applications.companyId, companyId),
        eq(applications.seekerAccountId, seekerAccountId),
        isNull(applications.withdrawnAt),
        inArray(applications.mark, [...interestedMarks]),
      ),
    )
    .limit(1);
  return row;
}

// ── Interviews ──

/** Queue position (1 = next) of a queued row: the queued rows of its room before it, by (queuedAt, id). */
const position = sql<
  number | null
>`case when ${i.state} = 'queued' then (select count(*)::int + 1 from video_fair_interviews q
  where q.registration_id = ${i.registrationId} and q.room = ${i.room} and q.state = 'queued'
  and (q.queued_at, q.id) < (${i.queuedAt}, ${i.id})) end`;

const interviewColumns = {
  ...getTableColumns(i),
  position,
  fairTitle: videoFairs.title,
  fairStartsAt: videoFairs.startsAt,
  fairEndsAt: videoFairs.endsAt,
  slotMinutes: videoFairs.slotMinutes,
  companyName: companies.name,
  mode: videoFairRegistrations.mode,
  interviewers: videoFairRegistrations.interviewers,
  jobTitle: jobs.title,
  evaluatorName: sql<
    string | null
  >`(select ${accounts.displayName} from ${accounts} where ${accounts.id} = ${i.evaluatedBy})`,
  student: studentColumns,
};
export type InterviewRow = Awaited<ReturnType<typeof selectInterviews>>[number];

function selectInterviews(db: Executor) {
  return db
    .select(interviewColumns)
    .from(i)
    .innerJoin(videoFairs, eq(videoFairs.id, i.fairId))
    .innerJoin(videoFairRegistrations, eq(videoFairRegistrations.id, i.registrationId))
    .innerJoin(companies, eq(companies.id, i.companyId))
    .innerJoin(seekers, eq(seekers.accountId, i.seekerAccountId))
    .leftJoin(resumes, eq(resumes.accountId, i.seekerAccountId))
    .leftJoin(jobs, eq(jobs.id, i.jobId));
}

export async function findInterviewById(db: Executor, interviewId: string) {
  const [row] = await selectInterviews(db).where(eq(i.id, interviewId));
  return row;
}

export async function findCompanyInterview(db: Executor, companyId: string, interviewId: string) {
  const [row] = await selectInterviews(db).where(and(eq(i.id, interviewId), eq(i.companyId, companyId)));
  return row;
}

export async function findSeekerInterview(db: Executor, seekerAccountId: string, interviewId: string) {
  const [row] = await selectInterviews(db).where(
    and(eq(i.id, interviewId), eq(i.seekerAccountId, seekerAccountId)),
  );
  return row;
}

/** The open interview (invited, applied, queued, in progress) of a company and student at a fair. */
export async function findOpenInterview(
  db: Executor,
  key: { fairId: string; companyId: string; seekerAccountId: string },
) {
  const [row] = await selectInterviews(db).where(
    and(
      eq(i.fairId, key.fairId),
      eq(i.companyId, key.companyId),
      eq(i.seekerAccountId, key.seekerAccountId),
      inArray(i.state, ['invited', 'applied', 'queued', 'in_progress']),
    ),
  );
  return row;
}

export interface CompanyInterviewFilter {
  companyId: string;
  registrationId: string;
  state?: InterviewState | undefined;
  room?: number | undefined;
  offset: number;
  limit: number;
}

/** The registration's interviews; queued ones in queue order, the rest newest first. */
export async function findCompanyInterviews(db: Executor, filter: CompanyInterviewFilter) {
  const where = and(
    eq(i.companyId, filter.companyId),
    eq(i.registrationId, filter.registrationId),
    filter.state ? eq(i.state, filter.state) : undefined,
    filter.room !== undefined ? eq(i.room, filter.room) : undefined,
  );
  const order =
    filter.state === 'queued'
      ? [asc(i.queuedAt), asc(i.id)]
      : [desc(i.updatedAt), desc(i.createdAt), asc(i.id)];
  const rows = await selectInterviews(db)
    .where(where)
    .orderBy(...order)
    .offset(filter.offset)
    .limit(filter.limit);
  const [total] = await db.select({ n: count() }).from(i).where(where);
  return { rows, total: total?.n ?? 0 };
}

const OPEN_STATES = ['invited', 'applied', 'queued', 'in_progress'] as const;

export async function findSeekerInterviews(
  db: Executor,
  filter: {
    seekerAccountId: string;
    scope: 'open' | 'past' | 'all';
    fairId?: string | undefined;
    offset: number;
    limit: number;
  },
) {
  const scope =
    filter.scope === 'open'
      ? inArray(i.state, [...OPEN_STATES])
      : filter.scope === 'past'
        ? sql`${i.state} not in ('invited', 'applied', 'queued', 'in_progress')`
        : undefined;
  const where = and(
    eq(i.seekerAccountId, filter.seekerAccountId),
    scope,
    filter.fairId ? eq(i.fairId, filter.fairId) : undefined,
  );
  const rows = await selectInterviews(db)
    .where(where)
    .orderBy(desc(i.updatedAt), asc(i.id))
    .offset(filter.offset)
    .limit(filter.limit);
  const [total] = await db.select({ n: count() }).from(i).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function insertInterview(tx: Executor, values: NewVideoInterview) {
  const [row] = await tx.insert(i).values(values).returning({ id: i.id });
  return row!;
}

/** A guarded state change: only from `from`; undefined when the row was not there any more. */
export async function moveInterview(
  tx: Executor,
  interviewId: string,
  from: readonly InterviewState[],
  values: Partial<NewVideoInterview> & { state: InterviewState },
  extra?: SQL,
) {
  const [row] = await tx
    .update(i)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(i.id, interviewId), inArray(i.state, [...from]), extra))
    .returning({ id: i.id });
  return row;
}

export async function lockInterview(tx: Executor, interviewId: string) {
  const [row] = await tx.select().from(i).where(eq(i.id, interviewId)).for('update');
  return row;
}

/** The room's call under way (called or joined), if any. */
export async function findRoomCall(db: Executor, registrationId: string, room: number) {
  const [row] = await db
    .select({ id: i.id, calledAt: i.calledAt, slotEndsAt: i.slotEndsAt })
    .from(i)
    .where(and(eq(i.registrationId, registrationId), eq(i.room, room), eq(i.state, 'in_progress')))
    .limit(1);
  return row;
}

/** The next present student of the room's queue, locked (dropped and not yet arrived ones keep their place, passed over). */
export async function lockNextPresent(tx: Executor, registrationId: string, room: number) {
  const [row] = await tx
    .select({ id: i.id, seekerAccountId: i.seekerAccountId })
    .from(i)
    .where(
      and(
        eq(i.registrationId, registrationId),
        eq(i.room, room),
        eq(i.state, 'queued'),
        isNull(i.droppedAt),
        isNotNull(i.lastSeenAt),
      ),
    )
    .orderBy(asc(i.queuedAt), asc(i.id))
    .limit(1)
    .for('update');
  return row;
}

/** Per room of the registration: queued, present in the queue, completed today and their mean length. */
export async function roomCounts(db: Executor, registrationId: string, dayStart: Date) {
  return db
    .select({
      room: i.room,
      queued: sql<number>`count(*) filter (where ${i.state} = 'queued')::int`,
      present: sql<number>`count(*) filter (where ${i.state} = 'queued' and ${i.droppedAt} is null and ${i.lastSeenAt} is not null)::int`,
      applied: sql<number>`count(*) filter (where ${i.state} = 'applied')::int`,
      meanSeconds: sql<
        number | null
      >`(avg(extract(epoch from (${i.endedAt} - coalesce(${i.joinedAt}, ${i.calledAt})))) filter (where ${i.state} = 'completed' and ${i.endedAt} >= ${dayStart}))::float`,
    })
    .from(i)
    .where(eq(i.registrationId, registrationId))
    .groupBy(i.room);
}

/** The seekers queued in a room and their interviews (their positions move on every change). */
export async function findQueuedInRoom(db: Executor, registrationId: string, room: number) {
  return db
    .select({ id: i.id, seekerAccountId: i.seekerAccountId })
    .from(i)
    .where(and(eq(i.registrationId, registrationId), eq(i.room, room), eq(i.state, 'queued')));
}

/** ①-⑨: what the registration's interviews have been through. */
export async function processCounts(db: Executor, registrationId: string) {
  const [row] = await db
    .select({
      applications: sql<number>`count(*) filter (where ${i.origin} = 'application')::int`,
      pending: sql<number>`count(*) filter (where ${i.state} = 'applied')::int`,
      acceptedApplications: sql<number>`count(*) filter (where ${i.origin} = 'application' and ${i.queuedAt} is not null)::int`,
      everQueued: sql<number>`count(*) filter (where ${i.queuedAt} is not null)::int`,
      queued: sql<number>`count(*) filter (where ${i.state} = 'queued')::int`,
      called: sql<number>`count(*) filter (where ${i.calledAt} is not null)::int`,
      completed: sql<number>`count(*) filter (where ${i.state} = 'completed')::int`,
      unevaluated: sql<number>`count(*) filter (where ${i.state} = 'completed' and ${i.evaluatedAt} is null)::int`,
    })
    .from(i)
    .where(eq(i.registrationId, registrationId));
  return row!;
}

// ── Presence sweep (guarded UPDATEs: safe on every instance at once) ──

/** Queued students whose page reported and then went silent since `silentSince` are dropped now (they keep their place). */
export async function dropSilent(db: Executor, now: Date, silentSince: Date) {
  return db
    .update(i)
    .set({ droppedAt: now, updatedAt: now })
    .where(
      and(eq(i.state, 'queued'), isNull(i.droppedAt), isNotNull(i.lastSeenAt), lt(i.lastSeenAt, silentSince)),
    )
    .returning({
      id: i.id,
      registrationId: i.registrationId,
      room: i.room,
      companyId: i.companyId,
      seekerAccountId: i.seekerAccountId,
    });
}

/** Dropped students past the hold window lose their place. */
export async function giveUpHeld(
  db: Executor,
  now: Date,
  droppedBefore: Date,
  from: readonly InterviewState[],
) {
  return db
    .update(i)
    .set({ state: 'left', endedAt: now, updatedAt: now })
    .where(and(inArray(i.state, [...from]), isNotNull(i.droppedAt), lt(i.droppedAt, droppedBefore)))
    .returning({
      id: i.id,
      registrationId: i.registrationId,
      room: i.room,
      companyId: i.companyId,
      seekerAccountId: i.seekerAccountId,
    });
}

/** Called students who did not join by the timeout are 未到场. */
export async function markNoShows(
  db: Executor,
  now: Date,
  calledBefore: Date,
  from: readonly InterviewState[],
) {
  return db
    .update(i)
    .set({ state: 'no_show', endedAt: now, updatedAt: now })
    .where(and(inArray(i.state, [...from]), isNull(i.joinedAt), lt(i.calledAt, calledBefore)))
    .returning({
      id: i.id,
      registrationId: i.registrationId,
      room: i.room,
      companyId: i.companyId,
      seekerAccountId: i.seekerAccountId,
    });
}

/** The student's page reports: seen now, no longer dropped. Answers whether it had been dropped. */
export async function recordSeen(db: Executor, interviewId: string, seekerAccountId: string, now: Date) {
  const [row] = await db
    .update(i)
    .set({ lastSeenAt: now, droppedAt: null })
    .where(
      and(
        eq(i.id, interviewId),
        eq(i.seekerAccountId, seekerAccountId),
        inArray(i.state, ['applied', 'queued', 'in_progress']),
      ),
    )
    .returning({
      id: i.id,
      wasDropped: sql<boolean>`(select d.dropped_at is not null from video_fair_interviews d where d.id = ${interviewId})`,
    });
  return row;
}

// ── 文字沟通 ──

export async function insertMessage(tx: Executor, values: typeof videoFairMessages.$inferInsert) {
  const [row] = await tx.insert(videoFairMessages).values(values).returning();
  return row!;
}

export async function countRecentMessages(db: Executor, interviewId: string, accountId: string, since: Date) {
  const [row] = await db
    .select({ n: count() })
    .from(videoFairMessages)
    .where(
      and(
        eq(videoFairMessages.interviewId, interviewId),
        eq(videoFairMessages.senderAccountId, accountId),
        sql`${videoFairMessages.createdAt} > ${since}`,
      ),
    );
  return row?.n ?? 0;
}

export async function findMessages(
  db: Executor,
  interviewId: string,
  window: { offset: number; limit: number },
) {
  const where = eq(videoFairMessages.interviewId, interviewId);
  const rows = await db
    .select()
    .from(videoFairMessages)
    .where(where)
    .orderBy(asc(videoFairMessages.createdAt), asc(videoFairMessages.id))
    .offset(window.offset)
    .limit(window.limit);
  const [total] = await db.select({ n: count() }).from(videoFairMessages).where(where);
  return { rows, total: total?.n ?? 0 };
}

// ── 简历管理 ──

/** The company's current records of the student in 简历管理 (the interview's job first). */
export async function findCurrentApplications(db: Executor, companyId: string, seekerAccountId: string) {
  return db
    .select({ id: applications.id, jobId: applications.jobId, source: applications.source })
    .from(applications)
    .where(
      and(
        eq(applications.companyId, companyId),
        eq(applications.seekerAccountId, seekerAccountId),
        isNull(applications.withdrawnAt),
      ),
    )
    .orderBy(desc(applications.createdAt));
}

export async function findCompanyJob(db: Executor, companyId: string, jobId: string) {
  const [row] = await db
    .select({ id: jobs.id, title: jobs.title })
    .from(jobs)
    .where(and(eq(jobs.id, jobId), eq(jobs.companyId, companyId), isNull(jobs.deletedAt)));
  return row;
}

/** 简历管理 gets the student's resume with source 双选会 (job_fair). */
export async function insertFairApplication(
  tx: Executor,
  values: { seekerAccountId: string; jobId: string; companyId: string },
) {
  const [row] = await tx
    .insert(applications)
    .values({ ...values, source: 'job_fair' })
    .returning({ id: applications.id });
  return row!;
}

export async function findApplicationEvaluations(db: Executor, companyId: string, applicationId: string) {
  return selectInterviews(db)
    .where(and(eq(i.companyId, companyId), eq(i.applicationId, applicationId), isNotNull(i.evaluatedAt)))
    .orderBy(desc(i.evaluatedAt));
}

export async function applicationExists(db: Executor, companyId: string, applicationId: string) {
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.id, applicationId), eq(applications.companyId, companyId)));
  return row !== undefined;
}

// ── ③ 进入面试间, ④ 测试视频设备 ──

export const ROOM_CHECK_KINDS = { entered: 'entered', deviceTest: 'device_test' } as const;

export async function insertRoomCheck(
  db: Executor,
  values: {
    registrationId: string;
    room: number;
    kind: (typeof ROOM_CHECK_KINDS)[keyof typeof ROOM_CHECK_KINDS];
    accountId: string;
    result: Record<string, unknown> | null;
  },
) {
  const [row] = await db
    .insert(videoFairRoomChecks)
    .values(values)
    .returning({ at: videoFairRoomChecks.createdAt });
  return row!;
}

export async function findRoomChecks(db: Executor, registrationId: string) {
  return db
    .select({
      kind: videoFairRoomChecks.kind,
      at: videoFairRoomChecks.createdAt,
      room: videoFairRoomChecks.room,
    })
    .from(videoFairRoomChecks)
    .where(eq(videoFairRoomChecks.registrationId, registrationId))
    .orderBy(desc(videoFairRoomChecks.createdAt))
    .limit(20);
}

import { and, count, eq, gte, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { applications, interviewSessions, interviews, jobs, talentInvitations } from '../../db/schema';

const first = async (rows: Promise<Array<{ n: number }>>) => (await rows)[0]?.n ?? 0;

/** 待查看简历: the company's current applications nobody has opened yet. */
export function countUnviewedApplications(db: Executor, companyId: string) {
  return first(
    db
      .select({ n: count() })
      .from(applications)
      .where(
        and(
          eq(applications.companyId, companyId),
          isNull(applications.withdrawnAt),
          isNull(applications.viewedAt),
        ),
      ),
  );
}

export function countRecruitingJobs(db: Executor, companyId: string) {
  return first(
    db
      .select({ n: count() })
      .from(jobs)
      .where(and(eq(jobs.companyId, companyId), eq(jobs.state, 'recruiting'), isNull(jobs.deletedAt))),
  );
}

export function countPendingInvitations(db: Executor, companyId: string) {
  return first(
    db
      .select({ n: count() })
      .from(talentInvitations)
      .where(and(eq(talentInvitations.companyId, companyId), eq(talentInvitations.state, 'pending'))),
  );
}

/**
 * 今日面试: the 面试安排 starting in [start, end), plus confirmed interviews in it that are not part
 * of one of those sessions (a session's candidates count once, as the session).
 */
export async function countInterviewsBetween(db: Executor, companyId: string, start: Date, end: Date) {
  const sessions = await first(
    db
      .select({ n: count() })
      .from(interviewSessions)
      .where(
        and(
          eq(interviewSessions.companyId, companyId),
          gte(interviewSessions.startsAt, start),
          lt(interviewSessions.startsAt, end),
        ),
      ),
  );
  const confirmed = await first(
    db
      .select({ n: count() })
      .from(interviews)
      .innerJoin(applications, eq(applications.id, interviews.applicationId))
      .where(
        and(
          eq(applications.companyId, companyId),
          eq(interviews.state, 'confirmed'),
          gte(interviews.time, start),
          lt(interviews.time, end),
          sql`not exists (select 1 from ${interviewSessions} s where s.id = ${interviews.sessionId}
            and s.starts_at >= ${start.toISOString()}::timestamptz and s.starts_at < ${end.toISOString()}::timestamptz)`,
        ),
      ),
  );
  return sessions + confirmed;
}

/** Applications received per Shanghai day since `start` (resumes downloaded from 人才推荐 excluded). */
export async function countApplicationsPerDay(db: Executor, companyId: string, start: Date) {
  const day = sql<string>`to_char((${applications.createdAt} at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD')`;
  const rows = await db
    .select({ day, n: count() })
    .from(applications)
    .where(
      and(
        eq(applications.companyId, companyId),
        ne(applications.source, 'talent_download'),
        gte(applications.createdAt, start),
      ),
    )
    .groupBy(day);
  return new Map(rows.map((row) => [row.day, row.n]));
}

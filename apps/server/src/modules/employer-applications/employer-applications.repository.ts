import type { ApplicationState } from '@openrecruit/shared';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { applications, jobs, resumes, seekers } from '../../db/schema';

/** What the HR list shows of an application, its job and its applicant. Always scoped to one company. */
const summaryColumns = {
  application: {
    id: applications.id,
    seekerAccountId: applications.seekerAccountId,
    state: applications.state,
    createdAt: applications.createdAt,
    lastChangedAt: applications.lastChangedAt,
    viewedAt: applications.viewedAt,
    employerUnread: applications.employerUnread,
    /** created_at as PostgreSQL prints it, microseconds kept: the page cursor. */
    position: sql<string>`${applications.createdAt}::text`,
  },
  job: { id: jobs.id, title: jobs.title },
  seeker: {
    name: seekers.name,
    sex: seekers.sex,
    birthDate: seekers.birthDate,
    education: seekers.education,
    mobileMasked: seekers.mobileMasked,
  },
};

function selectSummaries(db: Executor) {
  return db
    .select(summaryColumns)
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(seekers, eq(seekers.accountId, applications.seekerAccountId));
}
export type SummaryRow = Awaited<ReturnType<typeof selectSummaries>>[number];

/** Keyset position: `position` of the last row seen and its id. */
export interface PagePosition {
  createdAt: string;
  id: string;
}

export async function findCompanyApplicationPage(
  db: Executor,
  options: {
    companyId: string;
    jobId?: string;
    state?: ApplicationState;
    after?: PagePosition;
    limit: number;
  },
) {
  const conditions: SQL[] = [eq(applications.companyId, options.companyId)];
  if (options.jobId) conditions.push(eq(applications.jobId, options.jobId));
  if (options.state) conditions.push(eq(applications.state, options.state));
  if (options.after) {
    conditions.push(
      sql`(${applications.createdAt}, ${applications.id}) < (${options.after.createdAt}::timestamptz, ${options.after.id}::uuid)`,
    );
  }
  return selectSummaries(db)
    .where(and(...conditions))
    .orderBy(desc(applications.createdAt), desc(applications.id))
    .limit(options.limit);
}

/** One application to the company's jobs with the applicant's contact details and resume. */
export async function findCompanyApplication(db: Executor, companyId: string, id: string) {
  const [row] = await db
    .select({
      ...summaryColumns,
      contact: {
        mobileEnc: seekers.mobileEnc,
        politicalStatus: seekers.politicalStatus,
        householdRegistration: seekers.householdRegistration,
      },
      resume: resumes,
    })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(seekers, eq(seekers.accountId, applications.seekerAccountId))
    .leftJoin(resumes, eq(resumes.accountId, applications.seekerAccountId))
    .where(and(eq(applications.id, id), eq(applications.companyId, companyId)));
  return row;
}

export async function findCompanyApplicationSummary(db: Executor, companyId: string, id: string) {
  const [row] = await selectSummaries(db).where(
    and(eq(applications.id, id), eq(applications.companyId, companyId)),
  );
  return row;
}

import type { ApplicationMark, ApplicationSource, ApplicationState, ResumeTab } from '@openrecruit/shared';
import { and, asc, count, desc, eq, gte, inArray, isNull, lt, ne, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { applications, companies, jobs, resumes, seekers } from '../../db/schema';

/** What the HR list shows of an application, its job and its applicant. Always scoped to one company. */
const summaryColumns = {
  application: {
    id: applications.id,
    seekerAccountId: applications.seekerAccountId,
    state: applications.state,
    source: applications.source,
    mark: applications.mark,
    withdrawnAt: applications.withdrawnAt,
    createdAt: applications.createdAt,
    lastChangedAt: applications.lastChangedAt,
    viewedAt: applications.viewedAt,
    employerUnread: applications.employerUnread,
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

/** 简历管理's 筛选 (seed 002: 投递职位、来源、学历, and 投递时间), the tab aside. */
export interface ApplicationFilters {
  companyId: string;
  jobId?: string;
  source?: ApplicationSource;
  education?: string;
  /** UTC instants: applied at or after `appliedFrom`, before `appliedBefore`. */
  appliedFrom?: Date;
  appliedBefore?: Date;
  state?: ApplicationState;
  includeWithdrawn: boolean;
}

function filterConditions(filters: ApplicationFilters): SQL[] {
  const conditions: SQL[] = [eq(applications.companyId, filters.companyId)];
  if (filters.jobId) conditions.push(eq(applications.jobId, filters.jobId));
  if (filters.source) conditions.push(eq(applications.source, filters.source));
  if (filters.education) conditions.push(eq(seekers.education, filters.education));
  if (filters.appliedFrom) conditions.push(gte(applications.createdAt, filters.appliedFrom));
  if (filters.appliedBefore) conditions.push(lt(applications.createdAt, filters.appliedBefore));
  if (filters.state) conditions.push(eq(applications.state, filters.state));
  // A withdrawn application has left the tabs unless 筛选 asks for it (or for state=withdrawn).
  else if (!filters.includeWithdrawn) conditions.push(isNull(applications.withdrawnAt));
  return conditions;
}

function tabCondition(tab: ResumeTab): SQL {
  return tab === 'unprocessed' ? isNull(applications.mark) : eq(applications.mark, tab);
}

export interface ApplicationPageFilter {
  filters: ApplicationFilters;
  tab?: ResumeTab;
  offset: number;
  limit: number;
}

/** One page of the company's applications, newest first, and how many rows the page is taken from. */
export async function findCompanyApplicationPage(db: Executor, options: ApplicationPageFilter) {
  const conditions = filterConditions(options.filters);
  if (options.tab) conditions.push(tabCondition(options.tab));
  const where = and(...conditions);
  const rows = await selectSummaries(db)
    .where(where)
    .orderBy(desc(applications.createdAt), desc(applications.id))
    .limit(options.limit)
    .offset(options.offset);
  const [total] = await db
    .select({ n: count() })
    .from(applications)
    .innerJoin(seekers, eq(seekers.accountId, applications.seekerAccountId))
    .where(where);
  return { rows, total: total?.n ?? 0 };
}

/** How many rows each tab holds under the same filters. */
export async function countByTab(db: Executor, filters: ApplicationFilters) {
  const rows = await db
    .select({ mark: applications.mark, n: count() })
    .from(applications)
    .innerJoin(seekers, eq(seekers.accountId, applications.seekerAccountId))
    .where(and(...filterConditions(filters)))
    .groupBy(applications.mark);
  const counts = { unprocessed: 0, suitable: 0, undecided: 0, unsuitable: 0 };
  for (const row of rows) counts[row.mark ?? 'unprocessed'] = row.n;
  return counts;
}

/** One application to the company's jobs with the applicant's contact details and resume. */
export async function findCompanyApplication(db: Executor, companyId: string, id: string) {
  return (await findCompanyApplications(db, companyId, [id]))[0];
}

/** Several applications of the company with contact details and resume, in no particular order. */
export async function findCompanyApplications(db: Executor, companyId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
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
    .where(and(inArray(applications.id, ids), eq(applications.companyId, companyId)));
}
export type ApplicationWithResume = Awaited<ReturnType<typeof findCompanyApplications>>[number];

export async function findCompanyApplicationSummary(db: Executor, companyId: string, id: string) {
  const [row] = await selectSummaries(db).where(
    and(eq(applications.id, id), eq(applications.companyId, companyId)),
  );
  return row;
}

/** The ids among `ids` that are the company's, each locked until the transaction ends. */
export async function lockCompanyApplications(tx: Executor, companyId: string, ids: string[]) {
  const rows = await tx
    .select({ id: applications.id })
    .from(applications)
    .where(and(inArray(applications.id, ids), eq(applications.companyId, companyId)))
    .orderBy(asc(applications.id))
    .for('update');
  return rows.map((row) => row.id);
}

/** Sets (or clears) the mark; rows already carrying that mark keep their marked_at. */
export async function setMark(
  tx: Executor,
  ids: string[],
  mark: ApplicationMark | null,
  markedBy: string,
): Promise<number> {
  const changed = await tx
    .update(applications)
    .set(
      mark === null
        ? { mark: null, markedAt: null, markedBy: null }
        : { mark, markedAt: sql`now()`, markedBy },
    )
    .where(
      and(
        inArray(applications.id, ids),
        mark === null
          ? sql`${applications.mark} IS NOT NULL`
          : sql`${applications.mark} IS DISTINCT FROM ${mark}`,
      ),
    )
    .returning({ id: applications.id });
  return changed.length;
}

/** The employer read the thread: the seeker's messages are no longer unread. */
export async function clearEmployerUnread(db: Executor, id: string) {
  await db
    .update(applications)
    .set({ employerUnread: 0 })
    .where(and(eq(applications.id, id), ne(applications.employerUnread, 0)));
}

/** The 投递职位 options: the company's jobs that are not deleted, recruiting first, newest first. */
export async function findCompanyJobOptions(db: Executor, companyId: string) {
  return db
    .select({ id: jobs.id, title: jobs.title, state: jobs.state })
    .from(jobs)
    .where(and(eq(jobs.companyId, companyId), isNull(jobs.deletedAt)))
    .orderBy(desc(sql`${jobs.state} = 'recruiting'`), desc(jobs.createdAt), desc(jobs.id))
    .limit(500);
}

/** The company's name, as the exported resumes show it. */
export async function findCompanyName(db: Executor, companyId: string) {
  const [row] = await db.select({ name: companies.name }).from(companies).where(eq(companies.id, companyId));
  return row?.name;
}

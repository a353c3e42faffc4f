import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { applications, interviewFolderItems, jobs, seekers } from '../../db/schema';

/** What the 面试夹 and 面试安排 show of a candidate: never the full contact details. */
export const candidateColumns = {
  name: seekers.name,
  sex: seekers.sex,
  education: seekers.education,
  mobileMasked: seekers.mobileMasked,
};

const isInCompanyFolder = (companyId: string) =>
  and(eq(interviewFolderItems.companyId, companyId), eq(applications.companyId, companyId));

function selectFolderItems(db: Executor) {
  return db
    .select({
      applicationId: applications.id,
      state: applications.state,
      mark: applications.mark,
      withdrawnAt: applications.withdrawnAt,
      appliedAt: applications.createdAt,
      addedAt: interviewFolderItems.createdAt,
      job: { id: jobs.id, title: jobs.title },
      candidate: candidateColumns,
    })
    .from(interviewFolderItems)
    .innerJoin(applications, eq(applications.id, interviewFolderItems.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(seekers, eq(seekers.accountId, applications.seekerAccountId));
}
export type FolderItemRow = Awaited<ReturnType<typeof selectFolderItems>>[number];

export async function findFolderPage(
  db: Executor,
  companyId: string,
  page: { offset: number; limit: number },
) {
  const items = await selectFolderItems(db)
    .where(isInCompanyFolder(companyId))
    .orderBy(desc(interviewFolderItems.createdAt), desc(applications.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db
    .select({ n: count() })
    .from(interviewFolderItems)
    .where(eq(interviewFolderItems.companyId, companyId));
  return { items, total: total?.n ?? 0 };
}

/** The company's applications among `ids` (another company's are simply not found). */
export async function findCompanyApplicationStates(db: Executor, companyId: string, ids: string[]) {
  return db
    .select({ id: applications.id, withdrawnAt: applications.withdrawnAt })
    .from(applications)
    .where(and(eq(applications.companyId, companyId), inArray(applications.id, ids)));
}

/** Adds what is not in the folder yet; the primary key makes a double click add once. */
export async function insertFolderItems(
  db: Executor,
  values: { companyId: string; addedBy: string; applicationIds: string[] },
): Promise<number> {
  const inserted = await db
    .insert(interviewFolderItems)
    .values(
      values.applicationIds.map((applicationId) => ({
        companyId: values.companyId,
        applicationId,
        addedBy: values.addedBy,
      })),
    )
    .onConflictDoNothing()
    .returning({ applicationId: interviewFolderItems.applicationId });
  return inserted.length;
}

export async function deleteFolderItem(db: Executor, companyId: string, applicationId: string) {
  const deleted = await db
    .delete(interviewFolderItems)
    .where(
      and(
        eq(interviewFolderItems.companyId, companyId),
        eq(interviewFolderItems.applicationId, applicationId),
      ),
    )
    .returning({ applicationId: interviewFolderItems.applicationId });
  return deleted.length > 0;
}

/** Which of `ids` are in the company's 面试夹. */
export async function findFolderApplicationIds(db: Executor, companyId: string, ids: string[]) {
  const rows = await db
    .select({ applicationId: interviewFolderItems.applicationId })
    .from(interviewFolderItems)
    .where(
      and(eq(interviewFolderItems.companyId, companyId), inArray(interviewFolderItems.applicationId, ids)),
    );
  return new Set(rows.map((row) => row.applicationId));
}

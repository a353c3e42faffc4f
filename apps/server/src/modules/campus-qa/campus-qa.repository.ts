import type { CampusQuestionContextKind } from '@openrecruit/shared';
import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  accounts,
  brochurePublications,
  brochureVersions,
  campusFaqs,
  campusQuestions,
  companies,
  jobFairRegistrations,
  jobFairs,
  jobs,
  notifications,
  presentations,
  seekers,
} from '../../db/schema';
import type { PageWindow } from '../../lib/paging';

// All SQL of 校招答疑: students' questions, the company's answers and FAQs, and the public records a
// question may be asked from.

export type CampusQuestionRow = typeof campusQuestions.$inferSelect;
export type CampusFaqRow = typeof campusFaqs.$inferSelect;

export async function findCompanyRow(db: Executor, companyId: string) {
  const [row] = await db
    .select({
      id: companies.id,
      name: companies.name,
      introduction: companies.introduction,
      logoFileId: companies.logoFileId,
      verificationState: companies.verificationState,
    })
    .from(companies)
    .where(eq(companies.id, companyId));
  return row;
}

/** The seeker's account row, locked: their questions of the day are counted one at a time. */
export async function lockSeekerAccount(tx: Executor, accountId: string) {
  const [row] = await tx
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.id, accountId))
    .for('update');
  return row;
}

export async function countQuestionsSince(db: Executor, seekerAccountId: string, since: Date) {
  const [row] = await db
    .select({ n: count() })
    .from(campusQuestions)
    .where(and(eq(campusQuestions.seekerAccountId, seekerAccountId), gte(campusQuestions.createdAt, since)));
  return row?.n ?? 0;
}

export async function insertQuestion(tx: Executor, values: typeof campusQuestions.$inferInsert) {
  const [row] = await tx.insert(campusQuestions).values(values).returning();
  return row!;
}

/** Whether the public record a question is asked from is the company's and shown to students. */
export async function isPublicContext(
  db: Executor,
  companyId: string,
  kind: Exclude<CampusQuestionContextKind, 'company'>,
  id: string,
): Promise<boolean> {
  let rows: unknown[];
  switch (kind) {
    case 'brochure':
      rows = await db
        .select({ id: brochurePublications.id })
        .from(brochurePublications)
        .where(
          and(
            eq(brochurePublications.id, id),
            eq(brochurePublications.companyId, companyId),
            isNotNull(brochurePublications.approvedVersionId),
            isNull(brochurePublications.withdrawnAt),
          ),
        );
      break;
    case 'job':
      rows = await db
        .select({ id: jobs.id })
        .from(jobs)
        .where(and(eq(jobs.id, id), eq(jobs.companyId, companyId), eq(jobs.state, 'recruiting')));
      break;
    case 'job_fair':
      rows = await db
        .select({ id: jobFairs.id })
        .from(jobFairs)
        .innerJoin(
          jobFairRegistrations,
          and(
            eq(jobFairRegistrations.fairId, jobFairs.id),
            eq(jobFairRegistrations.companyId, companyId),
            eq(jobFairRegistrations.state, 'approved'),
          ),
        )
        .where(and(eq(jobFairs.id, id), eq(jobFairs.state, 'published')));
      break;
    case 'presentation':
      rows = await db
        .select({ id: presentations.id })
        .from(presentations)
        .where(
          and(
            eq(presentations.id, id),
            eq(presentations.companyId, companyId),
            eq(presentations.state, 'approved'),
          ),
        );
      break;
  }
  return rows.length > 0;
}

/** The titles of the records questions were asked from, by kind and id. */
export async function findContextTitles(
  db: Executor,
  refs: { kind: CampusQuestionContextKind; id: string }[],
) {
  const idsOf = (kind: CampusQuestionContextKind) => [
    ...new Set(refs.filter((r) => r.kind === kind).map((r) => r.id)),
  ];
  const titles = new Map<string, string>();
  const put = (kind: string, rows: { id: string; title: string }[]) => {
    for (const row of rows) titles.set(`${kind}:${row.id}`, row.title);
  };
  const brochureIds = idsOf('brochure');
  if (brochureIds.length)
    put(
      'brochure',
      await db
        .select({ id: brochurePublications.id, title: brochureVersions.title })
        .from(brochurePublications)
        .innerJoin(brochureVersions, eq(brochureVersions.id, brochurePublications.approvedVersionId))
        .where(inArray(brochurePublications.id, brochureIds)),
    );
  const jobIds = idsOf('job');
  if (jobIds.length)
    put(
      'job',
      await db.select({ id: jobs.id, title: jobs.title }).from(jobs).where(inArray(jobs.id, jobIds)),
    );
  const fairIds = idsOf('job_fair');
  if (fairIds.length)
    put(
      'job_fair',
      await db
        .select({ id: jobFairs.id, title: jobFairs.title })
        .from(jobFairs)
        .where(inArray(jobFairs.id, fairIds)),
    );
  const presentationIds = idsOf('presentation');
  if (presentationIds.length)
    put(
      'presentation',
      await db
        .select({ id: presentations.id, title: presentations.title })
        .from(presentations)
        .where(inArray(presentations.id, presentationIds)),
    );
  return titles;
}

const answered = (tab: 'unanswered' | 'answered'): SQL =>
  tab === 'answered' ? isNotNull(campusQuestions.answeredAt) : isNull(campusQuestions.answeredAt);

/** The company's questions of one tab, newest first, with the students' names and the answerers'. */
export async function findCompanyQuestionPage(
  db: Executor,
  companyId: string,
  tab: 'unanswered' | 'answered',
  window: PageWindow,
) {
  const answerer = accounts;
  return db
    .select({ question: campusQuestions, studentName: seekers.name, answeredByName: answerer.displayName })
    .from(campusQuestions)
    .leftJoin(seekers, eq(seekers.accountId, campusQuestions.seekerAccountId))
    .leftJoin(answerer, eq(answerer.id, campusQuestions.answeredBy))
    .where(and(eq(campusQuestions.companyId, companyId), answered(tab)))
    .orderBy(desc(campusQuestions.createdAt), desc(campusQuestions.id))
    .limit(window.limit)
    .offset(window.offset);
}

export async function countCompanyQuestions(db: Executor, companyId: string) {
  const [row] = await db
    .select({ all: count(), answered: count(campusQuestions.answeredAt) })
    .from(campusQuestions)
    .where(eq(campusQuestions.companyId, companyId));
  return { unanswered: (row?.all ?? 0) - (row?.answered ?? 0), answered: row?.answered ?? 0 };
}

export async function findCompanyQuestion(db: Executor, companyId: string, id: string) {
  const [row] = await db
    .select({ question: campusQuestions, studentName: seekers.name, answeredByName: accounts.displayName })
    .from(campusQuestions)
    .leftJoin(seekers, eq(seekers.accountId, campusQuestions.seekerAccountId))
    .leftJoin(accounts, eq(accounts.id, campusQuestions.answeredBy))
    .where(and(eq(campusQuestions.id, id), eq(campusQuestions.companyId, companyId)));
  return row;
}

/** Answers a question not yet answered (once: the student is told this answer). */
export async function answerQuestion(
  tx: Executor,
  where: { companyId: string; id: string },
  values: { answer: string; answeredBy: string; answeredAt: Date },
) {
  const [row] = await tx
    .update(campusQuestions)
    .set(values)
    .where(
      and(
        eq(campusQuestions.id, where.id),
        eq(campusQuestions.companyId, where.companyId),
        isNull(campusQuestions.answeredAt),
      ),
    )
    .returning();
  return row;
}

export async function findSeekerQuestionPage(db: Executor, seekerAccountId: string, window: PageWindow) {
  const where = eq(campusQuestions.seekerAccountId, seekerAccountId);
  const [rows, [total]] = await Promise.all([
    db
      .select({ question: campusQuestions, companyName: companies.name })
      .from(campusQuestions)
      .innerJoin(companies, eq(companies.id, campusQuestions.companyId))
      .where(where)
      .orderBy(desc(campusQuestions.createdAt), desc(campusQuestions.id))
      .limit(window.limit)
      .offset(window.offset),
    db.select({ n: count() }).from(campusQuestions).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The company's HR people who may be told of a new question (active, approved). */
export async function findCompanyHr(db: Executor, companyId: string) {
  return db
    .select({ id: accounts.id })
    .from(accounts)
    .where(
      and(
        eq(accounts.companyId, companyId),
        eq(accounts.role, 'employer'),
        eq(accounts.status, 'active'),
        eq(accounts.approvalState, 'approved'),
      ),
    );
}

/** Who of them had a notice of this kind since `since` (one notice per person per few minutes). */
export async function findRecentlyNotified(db: Executor, accountIds: string[], kind: string, since: Date) {
  if (!accountIds.length) return new Set<string>();
  const rows = await db
    .selectDistinct({ accountId: notifications.accountId })
    .from(notifications)
    .where(
      and(
        inArray(notifications.accountId, accountIds),
        eq(notifications.kind, kind),
        gte(notifications.createdAt, since),
      ),
    );
  return new Set(rows.map((row) => row.accountId));
}

// FAQs (新增): published at once for every student.

const liveFaq = (companyId: string) => and(eq(campusFaqs.companyId, companyId), isNull(campusFaqs.deletedAt));

export async function findFaqs(db: Executor, companyId: string) {
  return db
    .select()
    .from(campusFaqs)
    .where(liveFaq(companyId))
    .orderBy(asc(campusFaqs.createdAt), asc(campusFaqs.id));
}

/** The company's row, locked: FAQs are added one at a time, so the limit holds. */
export async function lockCompany(tx: Executor, companyId: string) {
  const [row] = await tx
    .select({ id: companies.id })
    .from(companies)
    .where(eq(companies.id, companyId))
    .for('update');
  return row;
}

export async function countFaqs(db: Executor, companyId: string) {
  const [row] = await db.select({ n: count() }).from(campusFaqs).where(liveFaq(companyId));
  return row?.n ?? 0;
}

export async function insertFaq(tx: Executor, values: typeof campusFaqs.$inferInsert) {
  const [row] = await tx.insert(campusFaqs).values(values).returning();
  return row!;
}

export async function updateFaq(
  tx: Executor,
  where: { companyId: string; id: string },
  values: Partial<Pick<CampusFaqRow, 'question' | 'answer' | 'deletedAt'>>,
) {
  const [row] = await tx
    .update(campusFaqs)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(campusFaqs.id, where.id), liveFaq(where.companyId)))
    .returning();
  return row;
}

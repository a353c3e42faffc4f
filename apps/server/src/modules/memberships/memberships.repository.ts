import { and, count, desc, eq, gt, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accounts, companies, companyMemberships, type LeadFollowUp, membershipLeads } from '../../db/schema';
import type { PageWindow } from '../../lib/paging';

// 会员 (modules/memberships): leads and memberships.

export type LeadRow = typeof membershipLeads.$inferSelect;
export type MembershipRow = typeof companyMemberships.$inferSelect;

const leadColumns = {
  lead: membershipLeads,
  company: { id: companies.id, name: companies.name, code: companies.code },
  submittedByName: accounts.displayName,
};

function selectLeads(db: Executor) {
  return db
    .select(leadColumns)
    .from(membershipLeads)
    .innerJoin(companies, eq(companies.id, membershipLeads.companyId))
    .innerJoin(accounts, eq(accounts.id, membershipLeads.submittedBy));
}

export type LeadListRow = Awaited<ReturnType<typeof findLeadRows>>['rows'][number];

export async function findLeadRows(db: Executor, filter: { state?: string; q?: string }, window: PageWindow) {
  const where = and(
    filter.state ? eq(membershipLeads.state, filter.state) : undefined,
    filter.q
      ? or(ilike(companies.name, `%${filter.q}%`), ilike(membershipLeads.contactName, `%${filter.q}%`))
      : undefined,
  );
  const [rows, [total]] = await Promise.all([
    selectLeads(db)
      .where(where)
      // The newest first, but waiting ones before followed-up ones.
      .orderBy(
        sql`CASE ${membershipLeads.state} WHEN 'new' THEN 0 WHEN 'contacted' THEN 1 ELSE 2 END`,
        desc(membershipLeads.createdAt),
      )
      .offset(window.offset)
      .limit(window.limit),
    db
      .select({ n: count() })
      .from(membershipLeads)
      .innerJoin(companies, eq(companies.id, membershipLeads.companyId))
      .where(where),
  ]);
  return { rows, total: total!.n };
}

export async function findLeadRow(db: Executor, id: string) {
  const [row] = await selectLeads(db).where(eq(membershipLeads.id, id));
  return row;
}

export async function lockLead(tx: Executor, id: string) {
  const [row] = await tx.select().from(membershipLeads).where(eq(membershipLeads.id, id)).for('update');
  return row;
}

/** The company's lead that still waits for the advisor (new or contacted), if any. */
export async function findOpenLead(db: Executor, companyId: string) {
  const [row] = await db
    .select()
    .from(membershipLeads)
    .where(
      and(eq(membershipLeads.companyId, companyId), inArray(membershipLeads.state, ['new', 'contacted'])),
    )
    .orderBy(desc(membershipLeads.createdAt))
    .limit(1);
  return row;
}

/** Serialises a company's lead submissions (one open lead at a time). */
export async function lockCompanyForLead(tx: Executor, companyId: string) {
  await tx.select({ id: companies.id }).from(companies).where(eq(companies.id, companyId)).for('update');
}

export async function insertLead(tx: Executor, values: typeof membershipLeads.$inferInsert) {
  const [row] = await tx.insert(membershipLeads).values(values).returning();
  return row!;
}

export async function updateLead(
  tx: Executor,
  id: string,
  values: { state?: string; followUp?: LeadFollowUp },
) {
  const [row] = await tx
    .update(membershipLeads)
    .set({
      ...(values.state ? { state: values.state } : {}),
      ...(values.followUp
        ? { followUps: sql`${membershipLeads.followUps} || ${JSON.stringify([values.followUp])}::jsonb` }
        : {}),
      updatedAt: new Date(),
    })
    .where(eq(membershipLeads.id, id))
    .returning();
  return row!;
}

/** The membership in force now: the latest granted one that has not ended. */
export async function findCurrentMembership(db: Executor, companyId: string, now: Date) {
  const [row] = await db
    .select()
    .from(companyMemberships)
    .where(and(eq(companyMemberships.companyId, companyId), gt(companyMemberships.endsAt, now)))
    .orderBy(desc(companyMemberships.endsAt))
    .limit(1);
  return row;
}

export async function findCurrentMemberships(db: Executor, companyIds: string[], now: Date) {
  if (companyIds.length === 0) return [];
  return db
    .select()
    .from(companyMemberships)
    .where(and(inArray(companyMemberships.companyId, companyIds), gt(companyMemberships.endsAt, now)))
    .orderBy(desc(companyMemberships.endsAt));
}

export async function insertMembership(tx: Executor, values: typeof companyMemberships.$inferInsert) {
  const [row] = await tx.insert(companyMemberships).values(values).returning();
  return row!;
}

export async function findAccountName(db: Executor, accountId: string) {
  const [row] = await db
    .select({ name: accounts.displayName })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  return row?.name ?? '';
}

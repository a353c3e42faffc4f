import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { companies } from './organisations';

// 会员 (issue 12 §6, modules/memberships): a company asks to 开通 or 升级 a membership through a
// lead form (点击此处 了解详情, 升级会员); an operator follows the lead up by telephone and grants a
// VIP or SVIP membership for a term, which credits the plan's rights through the ledger.

/** One follow-up of a lead, as the operator wrote it. */
export interface LeadFollowUp {
  at: string;
  byAccountId: string;
  byName: string;
  note: string;
}

/** A company's request to open or upgrade a membership: new → contacted → won / closed. */
export const membershipLeads = pgTable(
  'membership_leads',
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    /** `open` (点击此处 了解详情) or `upgrade` (升级会员). */
    kind: text().notNull(),
    /** The plan the company is interested in (vip or svip), if it said. */
    wantedLevel: text(),
    contactName: text().notNull(),
    contactMobileEnc: text().notNull(),
    contactMobileMasked: text().notNull(),
    needs: text().notNull().default(''),
    state: text().notNull().default('new'),
    followUps: jsonb().$type<LeadFollowUp[]>().notNull().default([]),
    submittedBy: uuid()
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('membership_leads_queue_idx').on(t.state, t.createdAt),
    index('membership_leads_company_idx').on(t.companyId, t.createdAt),
  ],
);

/** A membership granted by an operator: its level and term (the latest one that has not ended counts). */
export const companyMemberships = pgTable(
  'company_memberships',
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    level: text().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    leadId: uuid().references(() => membershipLeads.id),
    grantedBy: uuid()
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('company_memberships_company_idx').on(t.companyId, t.endsAt)],
);

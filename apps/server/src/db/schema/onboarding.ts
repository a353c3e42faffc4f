import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { companies } from './organisations';

// Issue 5, seed 002 「账号注册与认证」: what the employer sign-up wizard leaves for someone to decide
// (docs/decisions/009-employer-onboarding.md) besides the platform's reviews (reviews.ts, ADR 011). 入驻高校 is the
// `university_entry` review kind since the campus issue (migration 0010 moved its rows).

export const REQUEST_STATES = ['pending', 'approved', 'rejected'] as const;

/** 申请加入公司: the company admin approves. */
export const companyJoinRequests = pgTable(
  'company_join_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    applicantAccountId: uuid()
      .notNull()
      .references(() => accounts.id),
    applicantDepartment: text().notNull(),
    state: text({ enum: REQUEST_STATES }).notNull().default('pending'),
    decidedBy: uuid().references(() => accounts.id),
    decidedAt: timestamp({ withTimezone: true }),
    reason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('company_join_requests_company_idx').on(t.companyId, t.state, t.createdAt)],
);

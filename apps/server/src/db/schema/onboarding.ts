import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { companies, universities } from './organisations';

// Issue 5, seed 002 「账号注册与认证」: what the employer sign-up wizard leaves for review
// (docs/decisions/009-employer-onboarding.md).

export const REVIEW_REQUEST_KINDS = ['new_company', 'admin_application', 'verification_change'] as const;
export const REQUEST_STATES = ['pending', 'approved', 'rejected'] as const;

/** The platform's review queue (平台认证): a new company, or a person applying to be its admin. */
export const companyRegistrationRequests = pgTable(
  'company_registration_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: text({ enum: REVIEW_REQUEST_KINDS }).notNull(),
    state: text({ enum: REQUEST_STATES }).notNull().default('pending'),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    /** The 企业认证资料 as submitted, kept as the applicant typed it even if the company changes later. */
    companyData: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    applicantAccountId: uuid()
      .notNull()
      .references(() => accounts.id),
    applicantDepartment: text().notNull(),
    fileIds: jsonb().$type<string[]>().notNull().default([]),
    universityIds: jsonb().$type<string[]>().notNull().default([]),
    decidedBy: uuid().references(() => accounts.id),
    decidedAt: timestamp({ withTimezone: true }),
    reason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('company_registration_requests_queue_idx').on(t.state, t.kind, t.createdAt),
    index('company_registration_requests_company_idx').on(t.companyId),
  ],
);

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

/** 入驻高校: created at sign-up, reviewed by the university's staff (a later issue). */
export const universityEntryRequests = pgTable(
  'university_entry_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    universityId: uuid()
      .notNull()
      .references(() => universities.id),
    state: text({ enum: REQUEST_STATES }).notNull().default('pending'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('university_entry_requests_university_idx').on(t.universityId, t.state)],
);

import { type REVIEW_KINDS, REVIEW_STATES, REVIEWER_KINDS } from '@openrecruit/shared';
import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { companies, universities } from './organisations';

// One review engine (docs/decisions/011-review-engine.md): every request someone else decides (the
// platform's 平台认证 today; a university's 入校/宣讲/双选会 reviews, the operators' 同城推文 and
// 发票 later) is one row here. A kind's own data sit in `payload`, validated by the kind's zod schema
// (modules/reviews/kinds), so a new kind needs no migration.

/** The platform's review queue and, with `reviewer_university_id`, each university's. */
export const reviewRequests = pgTable(
  'review_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The kind's code (modules/reviews/kinds/index.ts); text, not a database enum: a kind is one file. */
    kind: text().$type<(typeof REVIEW_KINDS)[number]>().notNull(),
    state: text({ enum: REVIEW_STATES }).notNull().default('pending'),
    /** The record the request is about (a company for today's kinds); its table depends on the kind. */
    subjectId: uuid().notNull(),
    applicantAccountId: uuid()
      .notNull()
      .references(() => accounts.id),
    /** The applicant's organisation: whose request it is in every console. */
    applicantCompanyId: uuid().references(() => companies.id),
    /** Who decides: the platform's operators, or the staff of one university. */
    reviewerKind: text({ enum: REVIEWER_KINDS }).notNull(),
    reviewerUniversityId: uuid().references(() => universities.id),
    /** What the kind needs (submitted data, file ids, ...), as its payload schema parsed it. */
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    reason: text(),
    decidedBy: uuid().references(() => accounts.id),
    decidedAt: timestamp({ withTimezone: true }),
    /** The end of the kind's last working day (Shanghai) to decide in; null for a kind without one. */
    dueAt: timestamp({ withTimezone: true }),
    /** Set once when the overdue notice went out: `UPDATE … WHERE overdue_notified_at IS NULL`. */
    overdueNotifiedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The queue: one reviewer's requests of a state (and kind), oldest or newest first.
    index('review_requests_queue_idx').on(
      t.reviewerKind,
      t.reviewerUniversityId,
      t.state,
      t.kind,
      t.createdAt,
    ),
    index('review_requests_subject_idx').on(t.subjectId, t.kind, t.state),
    index('review_requests_applicant_idx').on(t.applicantAccountId, t.kind, t.state),
    index('review_requests_company_idx').on(t.applicantCompanyId),
    // The overdue job's scan: pending requests past their due date not yet notified.
    index('review_requests_overdue_idx')
      .on(t.dueAt)
      .where(sql`state = 'pending' AND overdue_notified_at IS NULL`),
    // 入驻: one pending request per company and university, the last guard behind the kind's
    // one-pending check under the company's row lock.
    uniqueIndex('review_requests_one_pending_entry_idx')
      .on(t.subjectId, t.reviewerUniversityId)
      .where(sql`kind = 'university_entry' AND state = 'pending'`),
    check(
      'review_requests_reviewer_matches_kind',
      sql`(reviewer_kind = 'university') = (reviewer_university_id IS NOT NULL)`,
    ),
  ],
);

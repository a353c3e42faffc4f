import { type REVIEW_KINDS, REVIEW_STATES, REVIEWER_KINDS } from '@openrecruit/shared';
import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
    /** The working-day due date (campus issue); null while no kind has one. */
    dueAt: timestamp({ withTimezone: true }),
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
    check(
      'review_requests_reviewer_matches_kind',
      sql`(reviewer_kind = 'university') = (reviewer_university_id IS NOT NULL)`,
    ),
  ],
);

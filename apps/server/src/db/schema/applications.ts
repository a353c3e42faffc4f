import { APPLICATION_STATES } from '@openrecruit/shared';
import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { jobs } from './jobs';
import { companies } from './organisations';

/**
 * A seeker's application to a job (seed 000 §四-§六). `withdrawn_at IS NULL` = 当前应聘记录;
 * withdrawn = 历史应聘记录. State changes go through APPLICATION_TRANSITIONS (packages/shared).
 */
export const applications = pgTable(
  'applications',
  {
    id: uuid().primaryKey().defaultRandom(),
    seekerAccountId: uuid()
      .notNull()
      .references(() => accounts.id),
    jobId: uuid()
      .notNull()
      .references(() => jobs.id),
    /** The job's company, copied so every employer query filters on one indexed column. */
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    state: text({ enum: APPLICATION_STATES }).notNull().default('submitted'),
    /** How the resume reached the company (seed 002 简历管理 筛选 by source). */
    source: text({ enum: ['application', 'talent_download', 'invitation', 'job_fair'] })
      .notNull()
      .default('application'),
    viewedAt: timestamp({ withTimezone: true }),
    /** 简历管理 (seed 002): no mark = 未处理; the HR person's 合适 / 待定 / 不合适. */
    mark: text({ enum: ['suitable', 'undecided', 'unsuitable'] }),
    markedAt: timestamp({ withTimezone: true }),
    markedBy: uuid().references(() => accounts.id),
    withdrawnAt: timestamp({ withTimezone: true }),
    lastChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    seekerUnread: integer().notNull().default(0),
    employerUnread: integer().notNull().default(0),
    /** Seed 000 §六.3: 面试通知NEW until the seeker opens the notice. */
    interviewNoticeUnseen: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One current application per job and seeker; the database holds it under concurrency. A
    // resume the company downloaded from 人才推荐 is the company's copy, not the seeker's application.
    uniqueIndex('applications_one_current_per_job_uq')
      .on(t.seekerAccountId, t.jobId)
      .where(sql`withdrawn_at IS NULL AND source <> 'talent_download'`),
    index('applications_seeker_idx').on(t.seekerAccountId, t.lastChangedAt.desc()),
    index('applications_company_idx').on(t.companyId, t.createdAt.desc()),
    index('applications_job_idx').on(t.jobId),
    index('applications_company_mark_idx').on(t.companyId, t.mark, t.createdAt.desc()),
  ],
);

/** The 通知 dialog's thread: messages between the seeker and the employer about one application. */
export const applicationMessages = pgTable(
  'application_messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    sender: text({ enum: ['seeker', 'employer', 'system'] }).notNull(),
    senderAccountId: uuid().references(() => accounts.id),
    kind: text({
      enum: ['text', 'interview_notice', 'interview_answer', 'interview_confirmation'],
    }).notNull(),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('application_messages_thread_idx').on(t.applicationId, t.createdAt)],
);

/** An interview round: notice → 参加面试 / 不参加面试 → the employer confirms the details. */
export const interviews = pgTable(
  'interviews',
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    state: text({ enum: ['invited', 'accepted', 'declined', 'confirmed'] })
      .notNull()
      .default('invited'),
    invitation: text().notNull(),
    invitedBy: uuid().references(() => accounts.id),
    /** The 面试安排 the notice was sent from, if any (issue 5). */
    sessionId: uuid(),
    invitedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp({ withTimezone: true }),
    confirmedAt: timestamp({ withTimezone: true }),
    time: timestamp({ withTimezone: true }),
    location: text(),
    contactName: text(),
    contactPhone: text(),
    note: text(),
  },
  (t) => [index('interviews_application_idx').on(t.applicationId, t.invitedAt.desc())],
);

/** Seed 000 §七: 职位收藏, at most 10 per seeker. */
export const favourites = pgTable(
  'favourites',
  {
    seekerAccountId: uuid()
      .notNull()
      .references(() => accounts.id),
    jobId: uuid()
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.seekerAccountId, t.jobId] })],
);

/**
 * Seed 002 置顶: a recruiting job pinned in some work areas ('310000' = all of Shanghai) between two
 * dates (Asia/Shanghai calendar days, inclusive). Created by the employer console (issue 5).
 */
export const jobPins = pgTable(
  'job_pins',
  {
    id: uuid().primaryKey().defaultRandom(),
    jobId: uuid()
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    areas: text().array().notNull(),
    startDate: date().notNull(),
    endDate: date().notNull(),
    createdBy: uuid().references(() => accounts.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('job_pins_dates_idx').on(t.startDate, t.endDate)],
);

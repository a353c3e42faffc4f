import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { applications, interviews } from './applications';
import { jobs } from './jobs';
import { companies, universities } from './organisations';

// Seed 002 首页, 简历管理 and 人才中心: the employer's own working records
// (docs/decisions/010-employer-console.md). Every table carries company_id and every query filters on it.

/** 面试夹: the shortlist of applications an HR person means to interview. */
export const interviewFolderItems = pgTable(
  'interview_folder_items',
  {
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    addedBy: uuid().references(() => accounts.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.applicationId] })],
);

export const INTERVIEW_SESSION_MODES = ['offline', 'campus_remote'] as const;

/** 面试安排>新增面试: one interview occasion (线下面试 or 学校远程面试) with its candidates. */
export const interviewSessions = pgTable(
  'interview_sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    mode: text({ enum: INTERVIEW_SESSION_MODES }).notNull(),
    title: text().notNull(),
    jobId: uuid().references(() => jobs.id),
    /** 学校远程面试: the university whose students are interviewed remotely. */
    universityId: uuid().references(() => universities.id),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }),
    /** 线下面试: the address; 学校远程面试: the meeting link or room. */
    location: text().notNull(),
    contactName: text().notNull(),
    contactPhone: text().notNull(),
    note: text().notNull().default(''),
    createdBy: uuid().references(() => accounts.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('interview_sessions_company_idx').on(t.companyId, t.startsAt)],
);

/** A candidate of an 面试安排: imported from the 面试夹, notified once (the interview row). */
export const interviewSessionCandidates = pgTable(
  'interview_session_candidates',
  {
    sessionId: uuid()
      .notNull()
      .references(() => interviewSessions.id, { onDelete: 'cascade' }),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    notifyState: text({ enum: ['pending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    notifyError: text(),
    interviewId: uuid().references(() => interviews.id),
    notifiedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.applicationId] })],
);

export const TODO_KINDS = ['presentation', 'job_fair', 'recruiting_event'] as const;

/**
 * 校招日历/待办事项: 宣讲会 and 双选会 arrive from the campus modules when a university approves them
 * (source_kind + source_id, idempotent); 招聘活动 are added by hand.
 */
export const employerTodos = pgTable(
  'employer_todos',
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    kind: text({ enum: TODO_KINDS }).notNull(),
    title: text().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }),
    location: text().notNull().default(''),
    note: text().notNull().default(''),
    sourceKind: text(),
    sourceId: uuid(),
    createdBy: uuid().references(() => accounts.id),
    completedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('employer_todos_company_idx').on(t.companyId, t.startsAt),
    uniqueIndex('employer_todos_source_uq')
      .on(t.companyId, t.sourceKind, t.sourceId)
      .where(sql`source_id IS NOT NULL`),
  ],
);

/** 高校人才>邀约: the student accepts (an application with source 'invitation') or declines. */
export const talentInvitations = pgTable(
  'talent_invitations',
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    jobId: uuid()
      .notNull()
      .references(() => jobs.id),
    seekerAccountId: uuid()
      .notNull()
      .references(() => accounts.id),
    message: text().notNull().default(''),
    state: text({ enum: ['pending', 'accepted', 'declined'] })
      .notNull()
      .default('pending'),
    createdBy: uuid().references(() => accounts.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp({ withTimezone: true }),
    applicationId: uuid().references(() => applications.id),
  },
  (t) => [
    index('talent_invitations_company_idx').on(t.companyId, t.createdAt.desc()),
    index('talent_invitations_seeker_idx').on(t.seekerAccountId, t.createdAt.desc()),
    // A double click invites once: one open invitation per company, student and job.
    uniqueIndex('talent_invitations_one_pending_uq')
      .on(t.companyId, t.seekerAccountId, t.jobId)
      .where(sql`state = 'pending'`),
  ],
);

/** 人才推荐>下载: the company holds the seeker's contact details from now on. */
export const resumeDownloads = pgTable(
  'resume_downloads',
  {
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    seekerAccountId: uuid()
      .notNull()
      .references(() => accounts.id),
    jobId: uuid()
      .notNull()
      .references(() => jobs.id),
    applicationId: uuid().references(() => applications.id),
    downloadedBy: uuid().references(() => accounts.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.seekerAccountId] })],
);

/**
 * The one place rights are consumed (道具/会员 权益: 简历下载, ...). The points ledger of the mall
 * issue charges from here; until then every use is recorded with quantity and reference.
 */
export const companyRightUses = pgTable(
  'company_right_uses',
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    right: text().notNull(),
    quantity: integer().notNull().default(1),
    reference: text().notNull(),
    usedBy: uuid().references(() => accounts.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('company_right_uses_company_idx').on(t.companyId, t.createdAt.desc())],
);

import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { applications } from './applications';
import { paymentOrders } from './billing';
import { storedFiles } from './messaging';
import { companies, universities } from './organisations';
import { reviewRequests } from './reviews';

// 云校招 (seed 002; issue 13): 云宣讲 (recorded or live presentations a company shows to the students
// of the universities it entered, each university reviewing its own copy), 视频双选会 (a university's
// online fair: companies register and pay, students sign up, companies interview them one by one in
// 面试间 with a queue), and the signalling the browsers' WebRTC peers exchange through the app.

export const CLOUD_PRESENTATION_FORMATS = ['recorded', 'live'] as const;
export const CLOUD_LIVE_STATES = ['scheduled', 'live', 'ended'] as const;

/** 云宣讲: one application by a company, shown at every university that approves it. */
export const cloudPresentations = pgTable(
  'cloud_presentations',
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    applicantAccountId: uuid()
      .notNull()
      .references(() => accounts.id),
    /** 录播宣讲 or 直播宣讲. */
    format: text({ enum: CLOUD_PRESENTATION_FORMATS }).notNull(),
    title: text().notNull(),
    description: text().notNull().default(''),
    /** 宣讲时间: when a live one starts, or from when a recorded one is shown. */
    startsAt: timestamp({ withTimezone: true }).notNull(),
    /** When a live one is planned to end; null for a recorded one. */
    endsAt: timestamp({ withTimezone: true }),
    jobIds: jsonb().$type<string[]>().notNull().default([]),
    /** 录播: the video (MP4 or WebM, checked by its bytes) and its poster frame. */
    videoFileId: uuid().references(() => storedFiles.id),
    posterFileId: uuid().references(() => storedFiles.id),
    durationSeconds: integer(),
    /** 直播: scheduled → live (the company opened the broadcast) → ended. */
    liveState: text({ enum: CLOUD_LIVE_STATES }),
    liveStartedAt: timestamp({ withTimezone: true }),
    liveEndedAt: timestamp({ withTimezone: true }),
    /** The media service that carries the broadcast (`p2p` or `livekit`) and its room name. */
    mediaProvider: text(),
    mediaRoom: text(),
    /** A live session's recording, when the media service keeps one. */
    recordingFileId: uuid().references(() => storedFiles.id),
    /** The company withdrew it (撤回): no university shows it any more. */
    withdrawnAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cloud_presentations_company_idx').on(t.companyId, t.createdAt.desc()),
    check(
      'cloud_presentations_live_end',
      sql`format <> 'live' OR (ends_at IS NOT NULL AND ends_at > starts_at)`,
    ),
    check('cloud_presentations_recorded_video', sql`format <> 'recorded' OR video_file_id IS NOT NULL`),
  ],
);

export const CLOUD_PRESENTATION_TARGET_STATES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;

/** One university a 云宣讲 is submitted to, and that university's decision (its review request). */
export const cloudPresentationTargets = pgTable(
  'cloud_presentation_targets',
  {
    id: uuid().primaryKey().defaultRandom(),
    presentationId: uuid()
      .notNull()
      .references(() => cloudPresentations.id, { onDelete: 'cascade' }),
    universityId: uuid()
      .notNull()
      .references(() => universities.id),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    state: text({ enum: CLOUD_PRESENTATION_TARGET_STATES }).notNull().default('pending'),
    reviewRequestId: uuid().references(() => reviewRequests.id),
    rejectReason: text(),
    decidedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cloud_presentation_targets_uq').on(t.presentationId, t.universityId),
    index('cloud_presentation_targets_university_idx').on(t.universityId, t.state),
  ],
);

/** A live comment (互动) on a 直播宣讲; the company hides what should not be shown. */
export const cloudPresentationComments = pgTable(
  'cloud_presentation_comments',
  {
    id: uuid().primaryKey().defaultRandom(),
    presentationId: uuid()
      .notNull()
      .references(() => cloudPresentations.id, { onDelete: 'cascade' }),
    authorAccountId: uuid()
      .notNull()
      .references(() => accounts.id),
    /** A student's question, or the company's answer. */
    authorKind: text({ enum: ['student', 'company'] }).notNull(),
    body: text().notNull(),
    hiddenAt: timestamp({ withTimezone: true }),
    hiddenBy: uuid().references(() => accounts.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cloud_presentation_comments_idx').on(t.presentationId, t.createdAt)],
);

/** 禁言: a student the company silenced in one live presentation. */
export const cloudPresentationMutes = pgTable(
  'cloud_presentation_mutes',
  {
    presentationId: uuid()
      .notNull()
      .references(() => cloudPresentations.id, { onDelete: 'cascade' }),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    mutedBy: uuid()
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('cloud_presentation_mutes_uq').on(t.presentationId, t.accountId)],
);

/**
 * Who is watching a 直播宣讲 now: each viewer's page reports every few seconds; the presenter
 * connects to those seen lately. Shared by every API instance; cleared when the broadcast ends.
 */
export const cloudPresentationViewers = pgTable(
  'cloud_presentation_viewers',
  {
    presentationId: uuid()
      .notNull()
      .references(() => cloudPresentations.id, { onDelete: 'cascade' }),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.presentationId, t.accountId] }),
    index('cloud_presentation_viewers_seen_idx').on(t.presentationId, t.lastSeenAt),
  ],
);

export const VIDEO_FAIR_STATES = ['published', 'cancelled'] as const;

/** 视频双选会: a university's online fair (its console's 视频双选会). */
export const videoFairs = pgTable(
  'video_fairs',
  {
    id: uuid().primaryKey().defaultRandom(),
    universityId: uuid()
      .notNull()
      .references(() => universities.id),
    title: text().notNull(),
    description: text().notNull().default(''),
    /** The fair's opening hours; interviews happen between them (it may span several days). */
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    /** Each interview's fixed length (面试时长), warned one minute before its end. */
    slotMinutes: integer().notNull(),
    registrationDeadline: timestamp({ withTimezone: true }).notNull(),
    /** The fee in 快点; WeChat Pay charges the same in money (POINT_PRICE_FEN per 快点). 0 = free. */
    feePoints: integer().notNull().default(0),
    /** Companies that may register; `registered_count <= capacity` holds in the database. */
    capacity: integer().notNull(),
    /** Registrations waiting for review or approved (a guarded counter, like booths). */
    registeredCount: integer().notNull().default(0),
    /** 《视频双选会协议》 as the university wrote it. */
    agreementText: text().notNull(),
    /** 面试方式 the fair offers. */
    allowVideo: boolean().notNull().default(true),
    allowText: boolean().notNull().default(true),
    state: text({ enum: VIDEO_FAIR_STATES }).notNull().default('published'),
    cancelReason: text(),
    createdBy: uuid().references(() => accounts.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('video_fairs_university_idx').on(t.universityId, t.startsAt.desc()),
    index('video_fairs_time_idx').on(t.state, t.startsAt),
    check('video_fairs_time_order', sql`ends_at > starts_at AND registration_deadline <= ends_at`),
    check('video_fairs_slot', sql`slot_minutes BETWEEN 5 AND 120`),
    check('video_fairs_fee', sql`fee_points >= 0`),
    check(
      'video_fairs_capacity',
      sql`capacity > 0 AND registered_count >= 0 AND registered_count <= capacity`,
    ),
    check('video_fairs_some_mode', sql`allow_video OR allow_text`),
  ],
);

export const VIDEO_FAIR_REGISTRATION_STATES = [
  /** 确认报名并支付 chose WeChat Pay and the order is not paid yet. */
  'awaiting_payment',
  /** Paid, waiting for the university (待审核). */
  'pending',
  'approved',
  /** 未通过: the fee went back through the ledger. */
  'rejected',
  /** The WeChat order closed unpaid, or the company withdrew before the review. */
  'cancelled',
] as const;

export interface VideoFairInterviewer {
  /** The room it interviews in (面试间 1, 2, ...). */
  room: number;
  name: string;
  /** The company member who logs in to that room. */
  accountId: string;
}

/** A company's 报名 for a video fair. */
export const videoFairRegistrations = pgTable(
  'video_fair_registrations',
  {
    id: uuid().primaryKey().defaultRandom(),
    fairId: uuid()
      .notNull()
      .references(() => videoFairs.id),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    applicantAccountId: uuid()
      .notNull()
      .references(() => accounts.id),
    /** 视频招聘 or 文字沟通. */
    mode: text({ enum: ['video', 'text'] }).notNull(),
    /** 招聘需求: what the company looks for, and the jobs it recruits for at the fair. */
    requirements: text().notNull(),
    jobIds: jsonb().$type<string[]>().notNull().default([]),
    /** 面试官: who interviews in which room. */
    interviewers: jsonb().$type<VideoFairInterviewer[]>().notNull(),
    /** 是否开票: an invoice of the fee is wanted (开具发票 once paid by WeChat). */
    wantsInvoice: boolean().notNull().default(false),
    agreedAt: timestamp({ withTimezone: true }).notNull(),
    feePoints: integer().notNull(),
    /** 快点 (debited at once) or WeChat Pay (an order whose payment credits and debits the fee). */
    paidWith: text({ enum: ['points', 'wechat'] }).notNull(),
    paymentOrderId: uuid().references(() => paymentOrders.id),
    paidAt: timestamp({ withTimezone: true }),
    /** The client's Idempotency-Key of 确认报名并支付. */
    requestKey: text().notNull(),
    state: text({ enum: VIDEO_FAIR_REGISTRATION_STATES }).notNull(),
    reviewRequestId: uuid().references(() => reviewRequests.id),
    rejectReason: text(),
    refundedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('video_fair_registrations_request_key_uq').on(t.companyId, t.requestKey),
    // One live registration per company and fair; a refused or cancelled one may be followed by another.
    uniqueIndex('video_fair_registrations_one_live_uq')
      .on(t.fairId, t.companyId)
      .where(sql`state IN ('awaiting_payment', 'pending', 'approved')`),
    index('video_fair_registrations_fair_idx').on(t.fairId, t.state),
    index('video_fair_registrations_company_idx').on(t.companyId, t.createdAt.desc()),
  ],
);

/** A student's sign-up for a video fair (seeker app: 报名参加). */
export const videoFairStudents = pgTable(
  'video_fair_students',
  {
    id: uuid().primaryKey().defaultRandom(),
    fairId: uuid()
      .notNull()
      .references(() => videoFairs.id),
    seekerAccountId: uuid()
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('video_fair_students_uq').on(t.fairId, t.seekerAccountId),
    index('video_fair_students_seeker_idx').on(t.seekerAccountId),
  ],
);

export const VIDEO_INTERVIEW_STATES = [
  /** The company invited the student (求职者大厅, 从人才大厅邀请, 从简历管理邀请). */
  'invited',
  'declined',
  /** The student applied to the company (申请视频面试): the company's 待处理. */
  'applied',
  'refused',
  /** In the room's queue (an accepted invitation or application). */
  'queued',
  /** 开始面试 called the student; the call is being set up or under way. */
  'in_progress',
  'completed',
  /** Called and never came within the no-show timeout, or dropped and never came back. */
  'no_show',
  /** The student left the queue, or the company cancelled the place. */
  'left',
] as const;

/** One student and one company at one video fair: an invitation or application, the queue place, the call and the evaluation. */
export const videoFairInterviews = pgTable(
  'video_fair_interviews',
  {
    id: uuid().primaryKey().defaultRandom(),
    fairId: uuid()
      .notNull()
      .references(() => videoFairs.id),
    registrationId: uuid()
      .notNull()
      .references(() => videoFairRegistrations.id),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    seekerAccountId: uuid()
      .notNull()
      .references(() => accounts.id),
    /** The room (面试间 number of the registration's interviewers) the student queues in. */
    room: integer().notNull().default(1),
    jobId: uuid(),
    origin: text({ enum: ['application', 'hall', 'room', 'resumes'] }).notNull(),
    message: text().notNull().default(''),
    state: text({ enum: VIDEO_INTERVIEW_STATES }).notNull(),
    answeredAt: timestamp({ withTimezone: true }),
    /** Queue order: the time the student entered the queue. */
    queuedAt: timestamp({ withTimezone: true }),
    /** Presence in the queue: the student's page reports every few seconds. */
    lastSeenAt: timestamp({ withTimezone: true }),
    /** Set when the student's page went silent; the place is held until `hold_until`. */
    droppedAt: timestamp({ withTimezone: true }),
    calledAt: timestamp({ withTimezone: true }),
    /** The interviewer who called the student. */
    calledBy: uuid().references(() => accounts.id),
    joinedAt: timestamp({ withTimezone: true }),
    /** calledAt + the fair's slot length: the warning comes one minute before. */
    slotEndsAt: timestamp({ withTimezone: true }),
    endedAt: timestamp({ withTimezone: true }),
    /** How the interview actually went: video, audio only (video failed) or text. */
    medium: text({ enum: ['video', 'audio', 'text'] }),
    score: integer(),
    tags: jsonb().$type<string[]>(),
    comment: text(),
    /** 下一步: 进入下一轮, 发放offer, 待定, 不合适. */
    nextStep: text(),
    evaluatedAt: timestamp({ withTimezone: true }),
    evaluatedBy: uuid().references(() => accounts.id),
    /** The resume's record in 简历管理 the evaluation was filed on (source 'job_fair'). */
    applicationId: uuid().references(() => applications.id),
    createdBy: uuid().references(() => accounts.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One open invitation, application or queue place per company, student and fair.
    uniqueIndex('video_fair_interviews_one_open_uq')
      .on(t.fairId, t.companyId, t.seekerAccountId)
      .where(sql`state IN ('invited', 'applied', 'queued', 'in_progress')`),
    index('video_fair_interviews_queue_idx').on(t.registrationId, t.room, t.state, t.queuedAt),
    index('video_fair_interviews_seeker_idx').on(t.seekerAccountId, t.createdAt.desc()),
    check('video_fair_interviews_score', sql`score IS NULL OR score BETWEEN 1 AND 5`),
  ],
);

/**
 * Seed 002 参与过程 ③ 进入面试间 and ④ 测试视频设备: each entry into a room and each device test (with
 * what it found), kept for the process checklist.
 */
export const videoFairRoomChecks = pgTable(
  'video_fair_room_checks',
  {
    id: uuid().primaryKey().defaultRandom(),
    registrationId: uuid()
      .notNull()
      .references(() => videoFairRegistrations.id),
    room: integer().notNull(),
    kind: text({ enum: ['entered', 'device_test'] }).notNull(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    /** A device test's findings: camera, microphone, speaker, round trip in ms. */
    result: jsonb().$type<Record<string, unknown>>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('video_fair_room_checks_idx').on(t.registrationId, t.kind, t.createdAt)],
);

/** 文字沟通: the text interview's messages (and the video call's chat). */
export const videoFairMessages = pgTable(
  'video_fair_messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    interviewId: uuid()
      .notNull()
      .references(() => videoFairInterviews.id, { onDelete: 'cascade' }),
    sender: text({ enum: ['company', 'student'] }).notNull(),
    senderAccountId: uuid()
      .notNull()
      .references(() => accounts.id),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('video_fair_messages_idx').on(t.interviewId, t.createdAt)],
);

/**
 * WebRTC signalling through the app (modules/media): an offer, answer or ICE candidate from one
 * participant of a media session to another. Events carry the row's id only; the receiver reads
 * it. Rows are removed once read and old ones are swept.
 */
export const mediaSignals = pgTable(
  'media_signals',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** `interview` (a video fair call) or `live` (a 直播宣讲 broadcast). */
    sessionKind: text({ enum: ['interview', 'live'] }).notNull(),
    sessionId: uuid().notNull(),
    fromAccountId: uuid()
      .notNull()
      .references(() => accounts.id),
    toAccountId: uuid()
      .notNull()
      .references(() => accounts.id),
    /** The peer connection it belongs to (a viewer of a broadcast has its own). */
    peerId: text().notNull(),
    kind: text({ enum: ['offer', 'answer', 'candidate', 'bye', 'restart'] }).notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('media_signals_to_idx').on(t.toAccountId, t.sessionKind, t.sessionId, t.createdAt),
    index('media_signals_created_idx').on(t.createdAt),
  ],
);

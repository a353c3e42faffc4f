import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { companies, universities } from './organisations';
import { reviewRequests } from './reviews';

// 校园招聘 (seed 002; issue 11 items 4-9): a university's rooms and their calendar, 宣讲会, 双选会
// with booths, 招聘简章 with their reviewed versions, 校招答疑, and the students' sign-ups and
// check-ins. Every request a university decides is a review request (modules/reviews); the rows
// here are the things themselves and point at their latest request.

/** A room of a university (场地) that presentations and fairs are booked into. */
export const venues = pgTable(
  'venues',
  {
    id: uuid().primaryKey().defaultRandom(),
    universityId: uuid()
      .notNull()
      .references(() => universities.id),
    name: text().notNull(),
    /** The campus's name as in 高校信息 > 校区 ('' when the university has one). */
    campus: text().notNull().default(''),
    capacity: integer().notNull(),
    /** 投影仪, 麦克风, 音响, ... */
    equipment: jsonb().$type<string[]>().notNull().default([]),
    /** A retired room keeps its past bookings and takes no new ones. */
    retiredAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('venues_university_name_uq').on(t.universityId, t.campus, t.name),
    check('venues_capacity_positive', sql`capacity > 0`),
  ],
);

export const VENUE_BOOKING_SOURCES = ['presentation', 'job_fair', 'other'] as const;

/**
 * The venue calendar: one row per room and time. The migration adds
 * `EXCLUDE USING gist (venue_id WITH =, tstzrange(starts_at, ends_at) WITH &&)` (btree_gist), so
 * the database itself refuses a second booking of a room at an overlapping time, whatever races.
 * A cancelled booking is deleted.
 */
export const venueBookings = pgTable(
  'venue_bookings',
  {
    id: uuid().primaryKey().defaultRandom(),
    universityId: uuid()
      .notNull()
      .references(() => universities.id),
    venueId: uuid()
      .notNull()
      .references(() => venues.id),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    sourceKind: text({ enum: VENUE_BOOKING_SOURCES }).notNull(),
    /** The presentation or fair booked; null for a booking the staff made by hand ('other'). */
    sourceId: uuid(),
    title: text().notNull(),
    createdBy: uuid().references(() => accounts.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('venue_bookings_calendar_idx').on(t.universityId, t.startsAt),
    uniqueIndex('venue_bookings_source_uq').on(t.sourceKind, t.sourceId).where(sql`source_id IS NOT NULL`),
    check('venue_bookings_time_order', sql`ends_at > starts_at`),
  ],
);

/** A time the company would like (宣讲会 > 期望时间). */
export interface PreferredSlot {
  startsAt: string;
  endsAt: string;
}

export const PRESENTATION_STATES = ['pending', 'approved', 'rejected', 'cancelled'] as const;

/** 宣讲会: a company's presentation at an entered university. */
export const presentations = pgTable(
  'presentations',
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    universityId: uuid()
      .notNull()
      .references(() => universities.id),
    applicantAccountId: uuid()
      .notNull()
      .references(() => accounts.id),
    title: text().notNull(),
    description: text().notNull().default(''),
    preferredSlots: jsonb().$type<PreferredSlot[]>().notNull().default([]),
    expectedAudience: integer().notNull(),
    majors: jsonb().$type<string[]>().notNull().default([]),
    /** 需要投影仪、麦克风, ... */
    equipment: jsonb().$type<string[]>().notNull().default([]),
    /** 其他需求 (room size, layout, ...). */
    needs: text().notNull().default(''),
    contactName: text().notNull(),
    contactMobile: text().notNull(),
    jobIds: jsonb().$type<string[]>().notNull().default([]),
    state: text({ enum: PRESENTATION_STATES }).notNull().default('pending'),
    /** The latest review request (submitted with the application, or again after a rejection). */
    reviewRequestId: uuid().references(() => reviewRequests.id),
    rejectReason: text(),
    // Set by the university on approval, from its venue calendar.
    venueBookingId: uuid().references(() => venueBookings.id),
    venueId: uuid().references(() => venues.id),
    startsAt: timestamp({ withTimezone: true }),
    endsAt: timestamp({ withTimezone: true }),
    /** Students who may sign up: the room's capacity when it was assigned. */
    capacity: integer(),
    /** Students signed up and not cancelled; `signup_count <= capacity` holds in the database. */
    signupCount: integer().notNull().default(0),
    cancelledAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('presentations_company_idx').on(t.companyId, t.createdAt),
    index('presentations_university_idx').on(t.universityId, t.state, t.startsAt),
    check('presentations_signups_within_capacity', sql`capacity IS NULL OR signup_count <= capacity`),
    check('presentations_signups_non_negative', sql`signup_count >= 0`),
  ],
);

/** A student's 报名 for a presentation, and its check-in at the door (签到). */
export const presentationSignups = pgTable(
  'presentation_signups',
  {
    id: uuid().primaryKey().defaultRandom(),
    presentationId: uuid()
      .notNull()
      .references(() => presentations.id),
    seekerAccountId: uuid()
      .notNull()
      .references(() => accounts.id),
    /** SHA-256 of the check-in code the student's QR shows; the code itself is never stored. */
    checkinTokenHash: text().notNull().unique(),
    checkedInAt: timestamp({ withTimezone: true }),
    checkedInBy: uuid().references(() => accounts.id),
    cancelledAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('presentation_signups_one_per_student_uq').on(t.presentationId, t.seekerAccountId),
    index('presentation_signups_seeker_idx').on(t.seekerAccountId, t.createdAt),
  ],
);

/** A kind of booth at a fair and its fee (标准展位 0 元, 特装展位 ...). */
export interface BoothKind {
  code: string;
  name: string;
  /** In fen; 0 when the university does not charge. */
  feeCents: number;
}

export const JOB_FAIR_STATES = ['published', 'cancelled'] as const;

/** 双选会: a job fair a university holds. */
export const jobFairs = pgTable(
  'job_fairs',
  {
    id: uuid().primaryKey().defaultRandom(),
    universityId: uuid()
      .notNull()
      .references(() => universities.id),
    title: text().notNull(),
    description: text().notNull().default(''),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    venueId: uuid().references(() => venues.id),
    /** Where, as shown (the room's name, or a place that is not a room: 体育馆, 室外广场). */
    location: text().notNull(),
    venueBookingId: uuid().references(() => venueBookings.id),
    boothKinds: jsonb().$type<BoothKind[]>().notNull().default([]),
    registrationOpensAt: timestamp({ withTimezone: true }).notNull(),
    registrationClosesAt: timestamp({ withTimezone: true }).notNull(),
    /** Companies the fair takes (its booths). */
    capacity: integer().notNull(),
    /** Registrations pending or approved; `registered_count <= capacity` holds in the database. */
    registeredCount: integer().notNull().default(0),
    rules: text().notNull().default(''),
    state: text({ enum: JOB_FAIR_STATES }).notNull().default('published'),
    createdBy: uuid().references(() => accounts.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('job_fairs_university_idx').on(t.universityId, t.startsAt),
    check('job_fairs_capacity_positive', sql`capacity > 0`),
    check('job_fairs_registrations_within_capacity', sql`registered_count <= capacity`),
    check('job_fairs_registrations_non_negative', sql`registered_count >= 0`),
    check('job_fairs_time_order', sql`ends_at > starts_at`),
    check('job_fairs_registration_window', sql`registration_closes_at > registration_opens_at`),
  ],
);

/** A numbered booth of a fair (A01, A02, ...) of one of its kinds. */
export const jobFairBooths = pgTable(
  'job_fair_booths',
  {
    id: uuid().primaryKey().defaultRandom(),
    fairId: uuid()
      .notNull()
      .references(() => jobFairs.id),
    code: text().notNull(),
    kind: text().notNull(),
  },
  (t) => [uniqueIndex('job_fair_booths_code_uq').on(t.fairId, t.code)],
);

/** A contact person a company sends to a fair or names on a presentation. */
export interface CampusContact {
  name: string;
  mobile: string;
}

export const JOB_FAIR_REGISTRATION_STATES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;

/** A company's 申请入驻/报名 for a fair. */
export const jobFairRegistrations = pgTable(
  'job_fair_registrations',
  {
    id: uuid().primaryKey().defaultRandom(),
    fairId: uuid()
      .notNull()
      .references(() => jobFairs.id),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    universityId: uuid()
      .notNull()
      .references(() => universities.id),
    applicantAccountId: uuid()
      .notNull()
      .references(() => accounts.id),
    contacts: jsonb().$type<CampusContact[]>().notNull().default([]),
    jobIds: jsonb().$type<string[]>().notNull().default([]),
    boothKind: text().notNull(),
    boothWish: text().notNull().default(''),
    state: text({ enum: JOB_FAIR_REGISTRATION_STATES }).notNull().default('pending'),
    reviewRequestId: uuid().references(() => reviewRequests.id),
    rejectReason: text(),
    boothId: uuid().references(() => jobFairBooths.id),
    withdrawnAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('job_fair_registrations_fair_idx').on(t.fairId, t.state, t.createdAt),
    index('job_fair_registrations_company_idx').on(t.companyId, t.createdAt),
    // One current registration per company and fair.
    uniqueIndex('job_fair_registrations_one_current_uq')
      .on(t.fairId, t.companyId)
      .where(sql`state IN ('pending', 'approved')`),
    // A booth goes to one company.
    uniqueIndex('job_fair_registrations_booth_uq')
      .on(t.boothId)
      .where(sql`booth_id IS NOT NULL AND state = 'approved'`),
  ],
);

/** 招聘简章: a company's brochure, as it is being edited (the draft). */
export const brochures = pgTable(
  'brochures',
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    createdBy: uuid().references(() => accounts.id),
    title: text().notNull(),
    /** Sanitised on the server (a safe subset of HTML) before it is stored. */
    bodyHtml: text().notNull(),
    jobIds: jsonb().$type<string[]>().notNull().default([]),
    imageFileIds: jsonb().$type<string[]>().notNull().default([]),
    deletedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('brochures_company_idx').on(t.companyId, t.updatedAt)],
);

/** A version of a brochure sent for review (发布): what a university approves and shows. */
export const brochureVersions = pgTable(
  'brochure_versions',
  {
    id: uuid().primaryKey().defaultRandom(),
    brochureId: uuid()
      .notNull()
      .references(() => brochures.id),
    version: integer().notNull(),
    title: text().notNull(),
    bodyHtml: text().notNull(),
    jobIds: jsonb().$type<string[]>().notNull().default([]),
    imageFileIds: jsonb().$type<string[]>().notNull().default([]),
    createdBy: uuid().references(() => accounts.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('brochure_versions_number_uq').on(t.brochureId, t.version)],
);

/**
 * A brochure at one university: the version it shows (approved) and the one waiting for review.
 * Editing an approved brochure sends a new version while the approved one stays visible.
 */
export const brochurePublications = pgTable(
  'brochure_publications',
  {
    id: uuid().primaryKey().defaultRandom(),
    brochureId: uuid()
      .notNull()
      .references(() => brochures.id),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    universityId: uuid()
      .notNull()
      .references(() => universities.id),
    approvedVersionId: uuid().references(() => brochureVersions.id),
    approvedAt: timestamp({ withTimezone: true }),
    pendingVersionId: uuid().references(() => brochureVersions.id),
    reviewRequestId: uuid().references(() => reviewRequests.id),
    /** Why the latest version was turned down (未通过), until a newer one is sent. */
    rejectReason: text(),
    withdrawnAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('brochure_publications_uq').on(t.brochureId, t.universityId),
    index('brochure_publications_university_idx').on(t.universityId, t.approvedAt),
  ],
);

export const CAMPUS_QUESTION_CONTEXTS = ['company', 'brochure', 'job', 'job_fair', 'presentation'] as const;

/** 校招答疑: a student's question to a company, and the company's answer. */
export const campusQuestions = pgTable(
  'campus_questions',
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    seekerAccountId: uuid()
      .notNull()
      .references(() => accounts.id),
    /** Where the student asked: the brochure, job, fair or presentation page (or the company's). */
    contextKind: text({ enum: CAMPUS_QUESTION_CONTEXTS }).notNull(),
    contextId: uuid(),
    question: text().notNull(),
    answer: text(),
    answeredBy: uuid().references(() => accounts.id),
    answeredAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Unanswered first, newest first, per company.
    index('campus_questions_company_idx').on(t.companyId, t.answeredAt, t.createdAt),
    index('campus_questions_seeker_idx').on(t.seekerAccountId, t.createdAt),
  ],
);

/** 校招答疑 > 新增: an answer the company publishes for every student (FAQ). */
export const campusFaqs = pgTable(
  'campus_faqs',
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    question: text().notNull(),
    answer: text().notNull(),
    createdBy: uuid().references(() => accounts.id),
    deletedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('campus_faqs_company_idx').on(t.companyId, t.createdAt)],
);

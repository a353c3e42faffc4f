import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { companies } from './organisations';

export const JOB_STATES = ['recruiting', 'offline'] as const;

/** A job posting: everything the seeker's search (seed 000 §三) and detail page need. */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    title: text().notNull(),
    /** 职业名称 (occupation), searched together with the title. */
    occupation: text().notNull(),
    salaryMin: integer().notNull(),
    salaryMax: integer().notNull(),
    headcount: integer().notNull(),
    /** Minimum education code (packages/shared enums/education), null = 不限. */
    education: text(),
    ageMin: integer().notNull().default(16),
    ageMax: integer().notNull().default(65),
    workNature: text().notNull(),
    /** District code, '310000' (全市) or 'OUT' (外省市). */
    workArea: text().notNull(),
    address: text().notNull().default(''),
    description: text().notNull(),
    skills: text().notNull(),
    probationMonths: integer().notNull().default(0),
    probationSalary: integer(),
    contactName: text().notNull(),
    contactPhone: text().notNull(),
    isCampus: boolean().notNull().default(false),
    /** Campus jobs (校招): the universities whose students the job is meant for. */
    targetUniversityIds: jsonb().$type<string[]>().notNull().default([]),
    createdBy: uuid(),
    state: text({ enum: JOB_STATES }).notNull().default('recruiting'),
    publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    offlineAt: timestamp({ withTimezone: true }),
    /**
     * 删除 (only from 已下架): the job leaves the console and every search for good; the row stays
     * so seekers' application records keep their history (docs/decisions/010-employer-console.md).
     */
    deletedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('jobs_company_idx').on(t.companyId, t.state),
    index('jobs_recruiting_published_idx').on(t.publishedAt.desc()).where(sql`state = 'recruiting'`),
    check('jobs_salary_range', sql`salary_min >= 0 AND salary_max >= salary_min`),
    check('jobs_age_range', sql`age_min >= 16 AND age_max <= 65 AND age_min <= age_max`),
    check('jobs_headcount_positive', sql`headcount > 0`),
  ],
);

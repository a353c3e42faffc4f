import { boolean, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { seekers } from './accounts';

/**
 * The editable part of a seeker's resume (seed 000 §二: edited on the PC page). Lists are JSON,
 * validated by the shared zod schemas on the way in; basic information stays in `seekers`.
 */
export const resumes = pgTable('resumes', {
  accountId: uuid()
    .primaryKey()
    .references(() => seekers.accountId, { onDelete: 'cascade' }),
  educations: jsonb().$type<unknown[]>().notNull().default([]),
  experiences: jsonb().$type<unknown[]>().notNull().default([]),
  skills: jsonb().$type<string[]>().notNull().default([]),
  certificates: jsonb().$type<unknown[]>().notNull().default([]),
  jobIntention: jsonb().$type<Record<string, unknown>>(),
  selfIntroduction: text().notNull().default(''),
  allowRecommendation: boolean().notNull().default(false),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

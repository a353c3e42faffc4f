import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Dictionary items (education, political status, districts, ...) seeded from packages/shared/enums. */
export const dictItems = pgTable(
  'dict_items',
  {
    kind: text().notNull(),
    code: text().notNull(),
    label: text().notNull(),
    sortOrder: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.code] })],
);

/** A campus of a university (高校信息 > 校区): edited with the profile, as one list. */
export interface UniversityCampus {
  name: string;
  address: string;
}

export const universities = pgTable('universities', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull().unique(),
  /** 教育部 school code (学校标识码), 10 digits. */
  code: text().notNull().unique(),
  city: text().notNull(),
  // 高校信息 (issue 11 item 1): the career centre's public profile, edited by the university's admin.
  logoFileId: uuid(),
  address: text().notNull().default(''),
  /**
   * jsonb, not a table: campuses are only ever read and saved whole with the profile, a handful per
   * university, and no other row refers to one (the venue calendar's rooms will name their campus).
   */
  campuses: jsonb().$type<UniversityCampus[]>().notNull().default([]),
  contactName: text().notNull().default(''),
  contactPhone: text().notNull().default(''),
  contactEmail: text().notNull().default(''),
  introduction: text().notNull().default(''),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const COMPANY_VERIFICATION_STATES = ['pending', 'verified', 'rejected'] as const;

export const companies = pgTable(
  'companies',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    /** Unified social credit code (GB 32100) or organisation code (GB 11714), normalised. */
    code: text().notNull().unique(),
    codeKind: text({ enum: ['credit_code', 'organization_code'] }).notNull(),
    province: text().notNull(),
    city: text().notNull(),
    district: text(),
    address: text().notNull(),
    landline: text().notNull(),
    email: text().notNull(),
    recruitEmail: text().notNull(),
    postcode: text().notNull(),
    nature: text().notNull(),
    industry: text().notNull(),
    verificationState: text({ enum: COMPANY_VERIFICATION_STATES }).notNull().default('pending'),
    verifiedAt: timestamp({ withTimezone: true }),
    introduction: text().notNull().default(''),
    // 公司设置>基本资料 (seed 002): changed by the admin, in force at once.
    shortName: text(),
    scale: text(),
    website: text(),
    // 公司设置>雇主品牌: shown to seekers on job pages (introduction above is its 单位介绍).
    logoFileId: uuid(),
    photoFileIds: jsonb().$type<string[]>().notNull().default([]),
    benefitTags: jsonb().$type<string[]>().notNull().default([]),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('companies_name_idx').on(t.name), index('companies_verified_idx').on(t.verificationState)],
);

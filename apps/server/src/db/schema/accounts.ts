import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { companies, universities } from './organisations';

export const ACCOUNT_ROLES = ['seeker', 'employer', 'university_staff', 'operator', 'centre_staff'] as const;

/**
 * One row per person who can log in. The organisation columns say whose records the person may
 * see: an employer's company, a university staff member's university, a centre's district.
 */
export const accounts = pgTable(
  'accounts',
  {
    id: uuid().primaryKey().defaultRandom(),
    role: text({ enum: ACCOUNT_ROLES }).notNull(),
    /**
     * The account name other staff log in with (operators, university and centre staff: an account
     * name, not personal data). Null for employers, whose login is their mobile: see mobileEnc.
     */
    loginName: text(),
    /**
     * Keyed hash (HMAC, PiiCipher 'login') of the normalised login of every staff account: logins
     * and "already registered?" look it up, and it is unique (docs/decisions/015).
     */
    loginHash: text(),
    /** An employer's mobile (its login), encrypted (AES-GCM) and masked for display, as seekers' are. */
    mobileEnc: text(),
    mobileMasked: text(),
    displayName: text().notNull(),
    passwordHash: text().notNull(),
    status: text({ enum: ['active', 'disabled'] })
      .notNull()
      .default('active'),
    /**
     * Employer sign-up (issue 5): 'pending' until the platform or the company admin approves; a
     * pending or rejected account is also 'disabled', so no session can start or live.
     */
    approvalState: text({ enum: ['pending', 'approved', 'rejected'] })
      .notNull()
      .default('approved'),
    mustChangePassword: boolean().notNull().default(false),
    passwordChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    companyId: uuid().references(() => companies.id),
    companyRole: text({ enum: ['admin', 'member'] }),
    universityId: uuid().references(() => universities.id),
    /** 账号管理 (issue 11): a university's one admin manages its other staff accounts. */
    universityRole: text({ enum: ['admin', 'member'] }),
    districtCode: text(),
    /** 账号设置>个人资料 (seed 002): seekers see the nickname only, never the name. */
    nickname: text(),
    department: text(),
    avatarFileId: uuid(),
    /** 账号注销: login disabled for good, records kept. */
    closedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('accounts_login_hash_uq').on(t.loginHash),
    // PRODUCT.md: exactly one 单位管理员 per company; the database holds the line under concurrency.
    uniqueIndex('accounts_one_admin_per_company_uq').on(t.companyId).where(sql`company_role = 'admin'`),
    // Issue 11: exactly one admin per university, held by the database like the company's.
    uniqueIndex('accounts_one_admin_per_university_uq')
      .on(t.universityId)
      .where(sql`university_role = 'admin'`),
    index('accounts_university_idx').on(t.universityId),
    index('accounts_company_idx').on(t.companyId),
    check(
      'accounts_organisation_matches_role',
      sql`(role = 'employer') = (company_id IS NOT NULL AND company_role IS NOT NULL)
        AND (role = 'university_staff') = (university_id IS NOT NULL AND university_role IS NOT NULL)
        AND (role = 'centre_staff') = (district_code IS NOT NULL)`,
    ),
  ],
);
/** A person who can log in, as stored; what plugins/access.ts turns into a caller. */
export type AccountRow = typeof accounts.$inferSelect;

/** The seeker's real-name identity. Numbers are encrypted; `*Hash` columns are keyed hashes for look-ups. */
export const seekers = pgTable('seekers', {
  accountId: uuid()
    .primaryKey()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  name: text().notNull(),
  idType: text({ enum: ['resident_id', 'hk_macau_permit', 'taiwan_permit'] })
    .notNull()
    .default('resident_id'),
  idNumberEnc: text().notNull(),
  idNumberHash: text().notNull().unique(),
  idNumberMasked: text().notNull(),
  birthDate: date().notNull(),
  sex: text({ enum: ['M', 'F'] }).notNull(),
  /** 户籍, from the authority (the ID's area code at sign-up); only a centre changes it. */
  householdRegistration: text().notNull().default(''),
  mobileEnc: text().notNull(),
  mobileHash: text().notNull(),
  mobileMasked: text().notNull(),
  bankCardEnc: text(),
  bankCardHash: text(),
  bankCardMasked: text(),
  verificationRoute: text({ enum: ['bank_card', 'alipay', 'face', 'centre'] }).notNull(),
  verificationProvider: text().notNull(),
  verifiedAt: timestamp({ withTimezone: true }).notNull(),
  /** Seed 000 §三.2: chosen once by the seeker before the first search; afterwards only a centre changes them. */
  education: text(),
  politicalStatus: text(),
  profileCompletedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

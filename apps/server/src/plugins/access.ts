import type { FastifyRequest } from 'fastify';
import type { AccountRow } from '../db/schema';
import { AppError } from '../lib/app-error';
import { caller } from './auth';

// Who may touch which record, in one place (in the spirit of Immich's requireAccess). Each area's
// routes sit behind its session hook (plugins/auth.ts); these functions turn the session into the
// one caller type a use case takes. A use case then looks records up *within* the caller's
// organisation, and a record that is not there is `notFound()`: a foreign record is never told
// apart from a missing one.

/** A job seeker (or student), acting on their own records only. */
export interface SeekerCaller {
  accountId: string;
}

/** An HR member of one company (单位成员, or its 单位管理员). */
export interface CompanyMember {
  accountId: string;
  companyId: string;
  isAdmin: boolean;
}

/** The company's 单位管理员 (exactly one per company). */
export type CompanyAdmin = CompanyMember & { isAdmin: true };

/** A career-centre staff member of one university (高校就业中心). */
export interface UniversityStaff {
  accountId: string;
  universityId: string;
  isAdmin: boolean;
}

/** The university's admin (exactly one per university): manages 高校信息 and 账号管理. */
export type UniversityAdmin = UniversityStaff & { isAdmin: true };

/** A district employment-centre staff member (各区就业促进中心). */
export interface CentreStaff {
  accountId: string;
  districtCode: string;
}

/** A platform operator (平台运营): the platform is their organisation. */
export interface Operator {
  accountId: string;
}

/** The answer for a record outside the caller's reach, whether it exists elsewhere or not at all. */
export function notFound(message?: string): AppError {
  return new AppError('NOT_FOUND', message);
}

function accountOf(source: FastifyRequest | AccountRow): AccountRow {
  return 'server' in source ? caller(source).account : source;
}

export function requireSeeker(source: FastifyRequest | AccountRow): SeekerCaller {
  const account = accountOf(source);
  if (account.role !== 'seeker') throw new AppError('FORBIDDEN');
  return { accountId: account.id };
}

export function requireCompanyMember(source: FastifyRequest | AccountRow): CompanyMember {
  const account = accountOf(source);
  if (account.role !== 'employer' || !account.companyId) {
    throw new AppError('FORBIDDEN', '您的账号未关联单位');
  }
  return { accountId: account.id, companyId: account.companyId, isAdmin: account.companyRole === 'admin' };
}

export function requireCompanyAdmin(source: FastifyRequest | AccountRow, refusal?: string): CompanyAdmin {
  const member = requireCompanyMember(source);
  if (!member.isAdmin) {
    throw new AppError('FORBIDDEN', refusal ?? '只有单位管理员可以进行此操作，请联系本单位的单位管理员');
  }
  return { ...member, isAdmin: true };
}

export function requireUniversityStaff(source: FastifyRequest | AccountRow): UniversityStaff {
  const account = accountOf(source);
  if (account.role !== 'university_staff' || !account.universityId) {
    throw new AppError('FORBIDDEN', '您的账号未关联高校');
  }
  return {
    accountId: account.id,
    universityId: account.universityId,
    isAdmin: account.universityRole === 'admin',
  };
}

export function requireUniversityAdmin(
  source: FastifyRequest | AccountRow,
  refusal?: string,
): UniversityAdmin {
  const staff = requireUniversityStaff(source);
  if (!staff.isAdmin) {
    throw new AppError('FORBIDDEN', refusal ?? '只有本校管理员可以进行此操作，请联系本校的管理员');
  }
  return { ...staff, isAdmin: true };
}

/**
 * Centre staff act for their own district only; with `district`, a record of another district is
 * 404 like any foreign record.
 */
export function requireCentreStaff(source: FastifyRequest | AccountRow, district?: string): CentreStaff {
  const account = accountOf(source);
  if (account.role !== 'centre_staff' || !account.districtCode) {
    throw new AppError('FORBIDDEN', '您的账号未关联就业促进中心');
  }
  if (district !== undefined && district !== account.districtCode) throw notFound();
  return { accountId: account.id, districtCode: account.districtCode };
}

export function requireOperator(source: FastifyRequest | AccountRow): Operator {
  const account = accountOf(source);
  if (account.role !== 'operator') throw new AppError('FORBIDDEN');
  return { accountId: account.id };
}

/**
 * A record looked up within the caller's organisation, or 404: `requireFound(await findX(...))`.
 * The lookup itself carries the organisation (company, university, district, seeker) in its WHERE.
 */
export function requireFound<T>(record: T | undefined | null, message?: string): T {
  if (record === undefined || record === null) throw notFound(message);
  return record;
}

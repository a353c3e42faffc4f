import { type AddCompanyMemberInput, type CompanyMember, live } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { hashPassword } from '../../lib/password-hash';
import { isUniqueViolation } from '../../lib/pg-errors';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import type { CompanyAdmin } from '../../plugins/access';
import { staffLoginColumns } from '../identity/staff-login';
import { insertMember, loginHashTaken } from './company-members.repository';
import { mapCompanyMember } from './map-company-member';

export type AddCompanyMemberOptions = z.output<typeof AddCompanyMemberInput> & {
  admin: CompanyAdmin;
  ip: string;
};

const mobileTaken = () =>
  AppError.fieldError('mobile', '该手机号已注册，请更换手机号', 'MOBILE_ALREADY_REGISTERED');

/**
 * 新增 HR: an active, approved member who must replace the initial password at first login. The
 * unique login hash is the last guard against two admins adding the same mobile at once.
 */
export async function addCompanyMember(
  ctx: AppContext,
  options: AddCompanyMemberOptions,
): Promise<CompanyMember> {
  const { admin } = options;
  const login = staffLoginColumns(ctx.cipher, 'employer', options.mobile);
  if (await loginHashTaken(ctx.db, login.loginHash!)) throw mobileTaken();
  const passwordHash = await hashPassword(options.initialPassword);
  const row = await insertMember(ctx.db, {
    companyId: admin.companyId,
    ...login,
    displayName: options.name,
    passwordHash,
  }).catch((error: unknown) => {
    if (isUniqueViolation(error)) throw mobileTaken();
    throw error;
  });
  ctx.log.info({ accountId: row.id, by: admin.accountId, ip: options.ip }, 'company member added');
  await publishAfterCommit(ctx, live.company(admin.companyId, { type: 'company.changed', data: {} }));
  return mapCompanyMember(row);
}

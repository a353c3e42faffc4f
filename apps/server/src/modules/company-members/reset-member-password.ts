import { type CompanyMember, live, type ResetMemberPasswordInput } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { hashPassword } from '../../lib/password-hash';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { type CompanyAdmin, requireFound } from '../../plugins/access';
import { endSessions } from '../identity/end-sessions';
import { recordSecurityEvent } from '../identity/security-events';
import { findMember, updateMember } from './company-members.repository';
import { MEMBER_NOT_FOUND, mapCompanyMember } from './map-company-member';

export type ResetMemberPasswordOptions = z.output<typeof ResetMemberPasswordInput> & {
  admin: CompanyAdmin;
  memberId: string;
  ip: string;
};

/** 重置密码: a new initial password the member must replace, and every session of theirs ends. */
export async function resetMemberPassword(
  ctx: AppContext,
  options: ResetMemberPasswordOptions,
): Promise<CompanyMember> {
  const { admin, memberId } = options;
  requireFound(await findMember(ctx.db, admin.companyId, memberId), MEMBER_NOT_FOUND);
  if (memberId === admin.accountId)
    throw new AppError('FORBIDDEN', '不能重置自己的密码，请在账号设置中修改密码');
  const passwordHash = await hashPassword(options.initialPassword);
  const { row, ended } = await ctx.db.transaction(async (tx) => {
    const now = new Date();
    const updated = requireFound(
      await updateMember(tx, admin.companyId, memberId, {
        passwordHash,
        mustChangePassword: true,
        passwordChangedAt: now,
      }),
      MEMBER_NOT_FOUND,
    );
    return { row: updated, ended: await endSessions(tx, { accountId: memberId }) };
  });
  await recordSecurityEvent(ctx, {
    kind: 'password_changed',
    accountId: memberId,
    ip: options.ip,
    detail: { by: admin.accountId, reset: true, sessionsEnded: ended },
  });
  await publishAfterCommit(ctx, live.company(admin.companyId, { type: 'company.changed', data: {} }));
  return mapCompanyMember(row);
}

import { type CompanyMember, live } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { type CompanyAdmin, requireFound } from '../../plugins/access';
import { accountMachine, accountStateOf, accountStatusOf } from '../identity/account-machine';
import { endSessions } from '../identity/end-sessions';
import { recordSecurityEvent } from '../identity/security-events';
import { findMember, lockMember, updateMember } from './company-members.repository';
import { MEMBER_NOT_FOUND, mapCompanyMember } from './map-company-member';

export interface SetMemberStatusOptions {
  admin: CompanyAdmin;
  memberId: string;
  /** 恢复账户 (true) or 注销账户 (false). */
  enabled: boolean;
  ip: string;
}

/**
 * 注销账户 / 恢复账户 of a member (seed 002 公司成员) through the account machine: 注销 ends every
 * session at once; a member who closed their own account stays closed. The admin cannot stop themself.
 */
export async function setMemberStatus(
  ctx: AppContext,
  options: SetMemberStatusOptions,
): Promise<CompanyMember> {
  const { admin, memberId } = options;
  requireFound(await findMember(ctx.db, admin.companyId, memberId), MEMBER_NOT_FOUND);
  if (memberId === admin.accountId) throw new AppError('FORBIDDEN', '不能注销自己的账户');
  const { row, ended } = await ctx.db.transaction(async (tx) => {
    const member = requireFound(await lockMember(tx, admin.companyId, memberId), MEMBER_NOT_FOUND);
    const next = accountMachine.advance(accountStateOf(member), options.enabled ? 'enable' : 'disable');
    const updated = requireFound(
      await updateMember(tx, admin.companyId, memberId, { status: accountStatusOf(next) }),
      MEMBER_NOT_FOUND,
    );
    return { row: updated, ended: next === 'active' ? 0 : await endSessions(tx, { accountId: memberId }) };
  });
  await recordSecurityEvent(ctx, {
    kind: options.enabled ? 'account_enabled' : 'account_disabled',
    accountId: memberId,
    ip: options.ip,
    detail: { by: admin.accountId, sessionsEnded: ended },
  });
  await publishAfterCommit(ctx, live.company(admin.companyId, { type: 'company.changed', data: {} }));
  return mapCompanyMember(row);
}

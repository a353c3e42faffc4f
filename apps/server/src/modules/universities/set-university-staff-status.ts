import type { UniversityStaffMember } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { requireFound, type UniversityAdmin } from '../../plugins/access';
import { accountMachine, accountStateOf, accountStatusOf } from '../identity/account-machine';
import { endSessions } from '../identity/end-sessions';
import { recordSecurityEvent } from '../identity/security-events';
import { mapUniversityStaff, STAFF_NOT_FOUND } from './map-university-staff';
import { findStaff, lockStaff, updateStaff } from './university-staff.repository';

export interface SetUniversityStaffStatusOptions {
  admin: UniversityAdmin;
  staffId: string;
  /** 启用 (true) or 停用 (false). */
  enabled: boolean;
  ip: string;
}

/**
 * 停用 / 启用 a staff account through the account machine: 停用 ends every session at once. The
 * admin cannot stop themself (the university would be left without one).
 */
export async function setUniversityStaffStatus(
  ctx: AppContext,
  options: SetUniversityStaffStatusOptions,
): Promise<UniversityStaffMember> {
  const { admin, staffId } = options;
  requireFound(await findStaff(ctx.db, admin.universityId, staffId), STAFF_NOT_FOUND);
  if (staffId === admin.accountId) throw new AppError('FORBIDDEN', '不能停用自己的账号');
  const { row, ended } = await ctx.db.transaction(async (tx) => {
    const staff = requireFound(await lockStaff(tx, admin.universityId, staffId), STAFF_NOT_FOUND);
    const next = accountMachine.advance(accountStateOf(staff), options.enabled ? 'enable' : 'disable');
    const updated = requireFound(
      await updateStaff(tx, admin.universityId, staffId, { status: accountStatusOf(next) }),
      STAFF_NOT_FOUND,
    );
    return { row: updated, ended: next === 'active' ? 0 : await endSessions(tx, { accountId: staffId }) };
  });
  await recordSecurityEvent(ctx, {
    kind: options.enabled ? 'account_enabled' : 'account_disabled',
    accountId: staffId,
    ip: options.ip,
    detail: { by: admin.accountId, sessionsEnded: ended },
  });
  return mapUniversityStaff(row);
}

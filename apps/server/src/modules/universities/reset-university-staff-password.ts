import type { ResetUniversityStaffPasswordInput, UniversityStaffMember } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { hashPassword } from '../../lib/password-hash';
import { requireFound, type UniversityAdmin } from '../../plugins/access';
import { endSessions } from '../identity/end-sessions';
import { recordSecurityEvent } from '../identity/security-events';
import { mapUniversityStaff, STAFF_NOT_FOUND } from './map-university-staff';
import { findStaff, updateStaff } from './university-staff.repository';

export type ResetUniversityStaffPasswordOptions = z.output<typeof ResetUniversityStaffPasswordInput> & {
  admin: UniversityAdmin;
  staffId: string;
  ip: string;
};

/** 重置密码: a new initial password the staff member must replace; every session of theirs ends. */
export async function resetUniversityStaffPassword(
  ctx: AppContext,
  options: ResetUniversityStaffPasswordOptions,
): Promise<UniversityStaffMember> {
  const { admin, staffId } = options;
  requireFound(await findStaff(ctx.db, admin.universityId, staffId), STAFF_NOT_FOUND);
  if (staffId === admin.accountId)
    throw new AppError('FORBIDDEN', '不能重置自己的密码，请在账号设置中修改密码');
  const passwordHash = await hashPassword(options.initialPassword);
  const { row, ended } = await ctx.db.transaction(async (tx) => {
    const updated = requireFound(
      await updateStaff(tx, admin.universityId, staffId, {
        passwordHash,
        mustChangePassword: true,
        passwordChangedAt: new Date(),
      }),
      STAFF_NOT_FOUND,
    );
    return { row: updated, ended: await endSessions(tx, { accountId: staffId }) };
  });
  await recordSecurityEvent(ctx, {
    kind: 'password_changed',
    accountId: staffId,
    ip: options.ip,
    detail: { by: admin.accountId, reset: true, sessionsEnded: ended },
  });
  return mapUniversityStaff(row);
}

import { type CompanyMember, maskMobile } from '@openrecruit/shared';
import { and, asc, eq } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { accounts, securityEvents } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { hashPassword } from '../../lib/password-hash';
import { isUniqueViolation } from '../../lib/pg-errors';
import type { AccountRow } from '../identity/accounts.repository';
import { recordSecurityEvent } from '../identity/security-events';
import { deleteAccountSessions } from '../identity/sessions.repository';

/** Only a company's 单位管理员 manages its members; an HR member is refused. */
export function memberAdminOf(account: AccountRow): { accountId: string; companyId: string } {
  if (!account.companyId || account.companyRole !== 'admin')
    throw new AppError('FORBIDDEN', '只有单位管理员可以管理公司成员');
  return { accountId: account.id, companyId: account.companyId };
}

type Admin = ReturnType<typeof memberAdminOf>;

function describeMember(row: AccountRow): CompanyMember {
  return {
    id: row.id,
    name: row.displayName,
    mobileMasked: maskMobile(row.loginName ?? ''),
    role: row.companyRole ?? 'member',
    status: row.status,
    mustChangePassword: row.mustChangePassword,
    createdAt: row.createdAt.toISOString(),
  };
}

const mobileTaken = () =>
  AppError.fieldError('mobile', '该手机号已注册，请更换手机号', 'MOBILE_ALREADY_REGISTERED');

// Pending and rejected applicants are not members yet: they live in the join-request queue.
const isMemberOf = (companyId: string) =>
  and(
    eq(accounts.companyId, companyId),
    eq(accounts.role, 'employer'),
    eq(accounts.approvalState, 'approved'),
  );

export async function listMembers(ctx: AppContext, admin: Admin): Promise<CompanyMember[]> {
  const rows = await ctx.db
    .select()
    .from(accounts)
    .where(isMemberOf(admin.companyId))
    .orderBy(asc(accounts.createdAt), asc(accounts.id));
  return rows.map(describeMember);
}

async function findMember(ctx: AppContext, admin: Admin, id: string): Promise<AccountRow> {
  const [row] = await ctx.db
    .select()
    .from(accounts)
    .where(and(eq(accounts.id, id), isMemberOf(admin.companyId)));
  if (!row) throw new AppError('NOT_FOUND', '成员不存在');
  return row;
}

/** 新增 HR: an active, approved member who must replace the initial password at first login. */
export async function addMember(
  ctx: AppContext,
  admin: Admin,
  input: { name: string; mobile: string; initialPassword: string },
  ip: string,
): Promise<CompanyMember> {
  const loginName = input.mobile.toLowerCase();
  const [taken] = await ctx.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.loginName, loginName));
  if (taken) throw mobileTaken();
  const passwordHash = await hashPassword(input.initialPassword);
  let row: AccountRow;
  try {
    [row] = (await ctx.db
      .insert(accounts)
      .values({
        role: 'employer',
        loginName,
        displayName: input.name,
        passwordHash,
        mustChangePassword: true,
        companyId: admin.companyId,
        companyRole: 'member',
        approvalState: 'approved',
        status: 'active',
      })
      .returning()) as [AccountRow];
  } catch (error) {
    if (isUniqueViolation(error)) throw mobileTaken();
    throw error;
  }
  ctx.log.info({ accountId: row.id, by: admin.accountId, ip }, 'company member added');
  return describeMember(row);
}

export async function updateMember(
  ctx: AppContext,
  admin: Admin,
  id: string,
  input: { name?: string },
): Promise<CompanyMember> {
  const current = await findMember(ctx, admin, id);
  if (input.name === undefined) return describeMember(current);
  const [row] = await ctx.db
    .update(accounts)
    .set({ displayName: input.name, updatedAt: new Date() })
    .where(and(eq(accounts.id, id), isMemberOf(admin.companyId)))
    .returning();
  if (!row) throw new AppError('NOT_FOUND', '成员不存在');
  return describeMember(row);
}

/** 重置密码: a new initial password the member must replace, and every session of theirs ends. */
export async function resetMemberPassword(
  ctx: AppContext,
  admin: Admin,
  id: string,
  initialPassword: string,
  ip: string,
): Promise<CompanyMember> {
  await findMember(ctx, admin, id);
  if (id === admin.accountId) throw new AppError('FORBIDDEN', '不能重置自己的密码，请在账号设置中修改密码');
  const passwordHash = await hashPassword(initialPassword);
  const { row, ended } = await ctx.db.transaction(async (tx) => {
    const now = new Date();
    const [updated] = await tx
      .update(accounts)
      .set({ passwordHash, mustChangePassword: true, passwordChangedAt: now, updatedAt: now })
      .where(and(eq(accounts.id, id), isMemberOf(admin.companyId)))
      .returning();
    if (!updated) throw new AppError('NOT_FOUND', '成员不存在');
    return { row: updated, ended: await deleteAccountSessions(tx, id) };
  });
  await recordSecurityEvent(ctx, {
    kind: 'password_changed',
    accountId: id,
    ip,
    detail: { by: admin.accountId, reset: true, sessionsEnded: ended },
  });
  return describeMember(row);
}

/** 注销账户 / 恢复账户 of a member (seed 002 公司成员); 注销 ends every session at once. The admin cannot stop themself. */
export async function setMemberEnabled(
  ctx: AppContext,
  admin: Admin,
  id: string,
  enabled: boolean,
  ip: string,
): Promise<CompanyMember> {
  await findMember(ctx, admin, id);
  if (id === admin.accountId) throw new AppError('FORBIDDEN', '不能注销自己的账户');
  if (enabled) {
    // A member who closed (注销) their own account stays closed; no column marks it, the event does.
    const [closed] = await ctx.db
      .select({ id: securityEvents.id })
      .from(securityEvents)
      .where(and(eq(securityEvents.accountId, id), eq(securityEvents.kind, 'account_closed')))
      .limit(1);
    if (closed) throw new AppError('INVALID_STATE', '该成员已注销账号，不能再启用');
  }
  const { row, ended } = await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(accounts)
      .set({ status: enabled ? 'active' : 'disabled', updatedAt: new Date() })
      .where(and(eq(accounts.id, id), isMemberOf(admin.companyId)))
      .returning();
    if (!updated) throw new AppError('NOT_FOUND', '成员不存在');
    return { row: updated, ended: enabled ? 0 : await deleteAccountSessions(tx, id) };
  });
  await recordSecurityEvent(ctx, {
    kind: enabled ? 'account_enabled' : 'account_disabled',
    accountId: id,
    ip,
    detail: { by: admin.accountId, sessionsEnded: ended },
  });
  return describeMember(row);
}

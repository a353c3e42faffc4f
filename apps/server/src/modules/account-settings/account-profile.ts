import {
  type AccountProfile,
  DEFAULT_EMPLOYER_NICKNAME,
  maskMobile,
  type UpdateAccountProfileInput,
} from '@openrecruit/shared';
import { eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Executor } from '../../db/client';
import { accounts } from '../../db/schema';
import type { AccountRow } from '../identity/accounts.repository';

export const avatarUrlOf = (fileId: string | null) =>
  fileId ? `/api/employer/account/avatar/${fileId}` : null;

/** The name a seeker sees for an employer's person (seed 002 个人资料: 仅展示昵称). */
export const nicknameForSeekers = (nickname: string | null | undefined) =>
  nickname?.trim() || DEFAULT_EMPLOYER_NICKNAME;

/** The names seekers see for these employer people: 昵称, or 招聘负责人 when none was set. */
export async function seekerFacingNames(db: Executor, accountIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(accountIds)];
  const rows = ids.length
    ? await db
        .select({ id: accounts.id, nickname: accounts.nickname })
        .from(accounts)
        .where(inArray(accounts.id, ids))
    : [];
  return new Map(rows.map((row) => [row.id, nicknameForSeekers(row.nickname)]));
}

export function mapAccountProfile(account: AccountRow): AccountProfile {
  return {
    name: account.displayName,
    nickname: account.nickname ?? '',
    department: account.department ?? '',
    avatarUrl: avatarUrlOf(account.avatarFileId),
    mobileMasked:
      account.loginName && /^1\d{10}$/.test(account.loginName) ? maskMobile(account.loginName) : '',
  };
}

/** 账号设置>个人资料: 姓名, 昵称, 部门 (the avatar has its own upload). */
export async function updateAccountProfile(
  ctx: AppContext,
  account: AccountRow,
  input: z.output<typeof UpdateAccountProfileInput>,
): Promise<AccountProfile> {
  const [row] = await ctx.db
    .update(accounts)
    .set({
      displayName: input.name,
      nickname: input.nickname,
      department: input.department || null,
      updatedAt: new Date(),
    })
    .where(eq(accounts.id, account.id))
    .returning();
  return mapAccountProfile(row!);
}

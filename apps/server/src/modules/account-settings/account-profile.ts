import { type AccountProfile, DEFAULT_EMPLOYER_NICKNAME } from '@openrecruit/shared';
import type { Executor } from '../../db/client';
import type { AccountRow } from '../../db/schema';
import { findNicknames } from './account-settings.repository';

export const avatarUrlOf = (fileId: string | null) =>
  fileId ? `/api/employer/account/avatar/${fileId}` : null;

/** The name a seeker sees for an employer's person (seed 002 个人资料: 仅展示昵称). */
export const nicknameForSeekers = (nickname: string | null | undefined) =>
  nickname?.trim() || DEFAULT_EMPLOYER_NICKNAME;

/** The names seekers see for these employer people: 昵称, or 招聘负责人 when none was set. */
export async function seekerFacingNames(db: Executor, accountIds: string[]): Promise<Map<string, string>> {
  const rows = await findNicknames(db, [...new Set(accountIds)]);
  return new Map(rows.map((row) => [row.id, nicknameForSeekers(row.nickname)]));
}

export function mapAccountProfile(account: AccountRow): AccountProfile {
  return {
    name: account.displayName,
    nickname: account.nickname ?? '',
    department: account.department ?? '',
    avatarUrl: avatarUrlOf(account.avatarFileId),
    mobileMasked: account.mobileMasked ?? '',
  };
}

import type { AccountProfile, UpdateAccountProfileInput } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { CompanyMember } from '../../plugins/access';
import { mapAccountProfile } from './account-profile';
import { updateOwnAccount } from './account-settings.repository';

export type UpdateAccountProfileOptions = z.output<typeof UpdateAccountProfileInput> & {
  member: CompanyMember;
};

/** 账号设置>个人资料: 姓名, 昵称, 部门 (the avatar has its own upload). */
export async function updateAccountProfile(
  ctx: AppContext,
  options: UpdateAccountProfileOptions,
): Promise<AccountProfile> {
  const row = await updateOwnAccount(ctx.db, options.member.accountId, {
    displayName: options.name,
    nickname: options.nickname,
    department: options.department || null,
  });
  return mapAccountProfile(row);
}

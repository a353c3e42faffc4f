import { type CompanyMember, live, type UpdateCompanyMemberInput } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { type CompanyAdmin, requireFound } from '../../plugins/access';
import { findMember, updateMember } from './company-members.repository';
import { MEMBER_NOT_FOUND, mapCompanyMember } from './map-company-member';

export type RenameCompanyMemberOptions = z.output<typeof UpdateCompanyMemberInput> & {
  admin: CompanyAdmin;
  memberId: string;
};

/** 修改成员姓名; a member of another company is 404 like a missing one. */
export async function renameCompanyMember(
  ctx: AppContext,
  options: RenameCompanyMemberOptions,
): Promise<CompanyMember> {
  const { admin, memberId } = options;
  const current = requireFound(await findMember(ctx.db, admin.companyId, memberId), MEMBER_NOT_FOUND);
  if (options.name === undefined) return mapCompanyMember(current);
  const row = requireFound(
    await updateMember(ctx.db, admin.companyId, memberId, { displayName: options.name }),
    MEMBER_NOT_FOUND,
  );
  await publishAfterCommit(ctx, live.company(admin.companyId, { type: 'company.changed', data: {} }));
  return mapCompanyMember(row);
}

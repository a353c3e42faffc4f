import type { AddToInterviewFolderResult } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import type { CompanyMember } from '../../plugins/access';
import { findCompanyApplicationStates, insertFolderItems } from './interview-folder.repository';

export interface AddToInterviewFolderOptions {
  member: CompanyMember;
  applicationIds: string[];
}

/**
 * Adds the company's current applications to the 面试夹, all or none: an unknown (or another
 * company's) application is 404, a withdrawn one is refused. What is there already stays once.
 */
export async function addToInterviewFolder(
  ctx: AppContext,
  options: AddToInterviewFolderOptions,
): Promise<AddToInterviewFolderResult> {
  const { member } = options;
  const ids = [...new Set(options.applicationIds)];
  const added = await ctx.db.transaction(async (tx) => {
    const found = await findCompanyApplicationStates(tx, member.companyId, ids);
    if (found.length !== ids.length) throw new AppError('NOT_FOUND', '所选简历不存在或已删除，请刷新后重试');
    if (found.some((row) => row.withdrawnAt !== null)) {
      throw new AppError('INVALID_STATE', '所选简历中有求职者已撤销的应聘，不能加入面试夹');
    }
    return insertFolderItems(tx, {
      companyId: member.companyId,
      addedBy: member.accountId,
      applicationIds: ids,
    });
  });
  return { added, alreadyInFolder: ids.length - added };
}

import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import type { CompanyMember } from '../../plugins/access';
import { deleteFolderItem } from './interview-folder.repository';

export interface RemoveFromInterviewFolderOptions {
  member: CompanyMember;
  applicationId: string;
}

/** 移出面试夹: the application itself stays as it is in 简历管理. */
export async function removeFromInterviewFolder(
  ctx: AppContext,
  options: RemoveFromInterviewFolderOptions,
): Promise<{ ok: true }> {
  const removed = await deleteFolderItem(ctx.db, options.member.companyId, options.applicationId);
  if (!removed) throw new AppError('NOT_FOUND', '该简历不在面试夹中');
  return { ok: true };
}

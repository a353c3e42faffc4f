import type { AppContext } from '../../context';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { findCompanyAvatarFile } from './account-settings.repository';

export interface ReadAvatarOptions {
  viewer: CompanyMember;
  fileId: string;
}

/** An avatar is shown to the people of the same company only; anyone else's is 404. */
export async function readAvatar(ctx: AppContext, options: ReadAvatarOptions) {
  const file = requireFound(
    await findCompanyAvatarFile(ctx.db, options.viewer.companyId, options.fileId),
    '文件不存在',
  );
  return { file, data: await ctx.providers.storage.get(file.storageKey) };
}

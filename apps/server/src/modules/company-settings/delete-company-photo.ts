import type { CompanySettings } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { type CompanyAdmin, notFound } from '../../plugins/access';
import { forgetBrandFiles } from './brand-files';
import { companyChanged } from './company-changed';
import { lockCompany, updateCompany } from './company-settings.repository';
import { getCompanySettings } from './get-company-settings';

export interface DeleteCompanyPhotoOptions {
  admin: CompanyAdmin;
  fileId: string;
}

/** Deletes one of the company's own photos; any other id (another company's) is 404. */
export async function deleteCompanyPhoto(
  ctx: AppContext,
  options: DeleteCompanyPhotoOptions,
): Promise<CompanySettings> {
  const { admin, fileId } = options;
  await ctx.db.transaction(async (tx) => {
    const company = await lockCompany(tx, admin.companyId);
    if (!company?.photoFileIds.includes(fileId)) throw notFound('照片不存在或已删除');
    await updateCompany(tx, company.id, { photoFileIds: company.photoFileIds.filter((id) => id !== fileId) });
  });
  await forgetBrandFiles(ctx, [fileId]);
  await publishAfterCommit(ctx, companyChanged(admin.companyId));
  return getCompanySettings(ctx, admin);
}

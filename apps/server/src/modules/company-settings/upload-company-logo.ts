import type { CompanySettings } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import type { Upload } from '../../lib/stored-uploads';
import { type CompanyAdmin, requireFound } from '../../plugins/access';
import { forgetBrandFiles, storeBrandImage } from './brand-files';
import { companyChanged } from './company-changed';
import { lockCompany, updateCompany } from './company-settings.repository';
import { getCompanySettings } from './get-company-settings';

export interface UploadCompanyLogoOptions {
  admin: CompanyAdmin;
  upload: Upload;
}

/** 雇主品牌 logo: replaces the current one, which is deleted. */
export async function uploadCompanyLogo(
  ctx: AppContext,
  options: UploadCompanyLogoOptions,
): Promise<CompanySettings> {
  const { admin } = options;
  const file = await storeBrandImage(ctx, admin, options.upload, 'logo');
  const replaced = await ctx.db.transaction(async (tx) => {
    const company = requireFound(await lockCompany(tx, admin.companyId), '单位不存在');
    await updateCompany(tx, company.id, { logoFileId: file.id });
    return company.logoFileId;
  });
  await forgetBrandFiles(ctx, replaced ? [replaced] : []);
  await publishAfterCommit(ctx, companyChanged(admin.companyId));
  return getCompanySettings(ctx, admin);
}

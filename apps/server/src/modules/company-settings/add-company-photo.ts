import { COMPANY_BRAND_LIMITS, type CompanySettings } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import type { Upload } from '../../lib/stored-uploads';
import { type CompanyAdmin, requireFound } from '../../plugins/access';
import { forgetBrandFiles, storeBrandImage } from './brand-files';
import { companyChanged } from './company-changed';
import { lockCompany, updateCompany } from './company-settings.repository';
import { getCompanySettings } from './get-company-settings';

export interface AddCompanyPhotoOptions {
  admin: CompanyAdmin;
  upload: Upload;
}

/** 单位照片: at most 9, counted with the company row locked so a double click cannot pass the limit. */
export async function addCompanyPhoto(
  ctx: AppContext,
  options: AddCompanyPhotoOptions,
): Promise<CompanySettings> {
  const { admin } = options;
  const file = await storeBrandImage(ctx, admin, options.upload, 'photo');
  try {
    await ctx.db.transaction(async (tx) => {
      const company = requireFound(await lockCompany(tx, admin.companyId), '单位不存在');
      if (company.photoFileIds.length >= COMPANY_BRAND_LIMITS.photosMax)
        throw new AppError('BRAND_PHOTOS_FULL');
      await updateCompany(tx, company.id, { photoFileIds: [...company.photoFileIds, file.id] });
    });
  } catch (error) {
    await forgetBrandFiles(ctx, [file.id]);
    throw error;
  }
  await publishAfterCommit(ctx, companyChanged(admin.companyId));
  return getCompanySettings(ctx, admin);
}

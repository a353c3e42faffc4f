import { COMPANY_BRAND_LIMITS, type CompanySettings } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { storeUpload, type Upload } from '../../lib/stored-uploads';
import { BRAND_IMAGE_RULES, type BrandImageKind } from './brand-image-rules';
import type { CompanyCaller } from './company-access';
import { publishCompanySettingsChanged } from './company-events';
import { deleteStoredFiles, lockCompany, updateCompany } from './company-settings.repository';
import { getCompanySettings } from './get-company-settings';

const UPLOADS_PER_HOUR = 60;

/** Keeps the checked file through the storage provider, with a stored_files row owned by the uploader. */
async function storeBrandImage(ctx: AppContext, admin: CompanyCaller, upload: Upload, kind: BrandImageKind) {
  return storeUpload(ctx, upload, {
    rules: BRAND_IMAGE_RULES[kind],
    rateLimitKey: `brand-upload:${admin.accountId}`,
    perHour: UPLOADS_PER_HOUR,
    defaultName: kind,
    ownerAccountId: admin.accountId,
  });
}

/** Removes files no longer used; a failure only leaves an orphan object behind, so it is logged. */
async function forgetFiles(ctx: AppContext, fileIds: string[]) {
  const keys = await deleteStoredFiles(ctx.db, fileIds);
  for (const key of keys) {
    await ctx.providers.storage.remove(key).catch((error: unknown) => {
      ctx.log.warn({ err: error, key }, 'brand file removal failed');
    });
  }
}

async function finish(ctx: AppContext, admin: CompanyCaller, unused: string[]): Promise<CompanySettings> {
  await forgetFiles(ctx, unused);
  await publishCompanySettingsChanged(ctx, admin.companyId);
  return getCompanySettings(ctx, admin);
}

/** 雇主品牌 logo: replaces the current one, which is deleted. */
export async function uploadCompanyLogo(ctx: AppContext, admin: CompanyCaller, upload: Upload) {
  const file = await storeBrandImage(ctx, admin, upload, 'logo');
  const replaced = await ctx.db.transaction(async (tx) => {
    const company = await lockCompany(tx, admin.companyId);
    if (!company) throw new AppError('NOT_FOUND', '单位不存在');
    await updateCompany(tx, company.id, { logoFileId: file.id });
    return company.logoFileId;
  });
  return finish(ctx, admin, replaced ? [replaced] : []);
}

/** 单位照片: at most 9, counted with the company row locked so a double click cannot pass the limit. */
export async function addCompanyPhoto(ctx: AppContext, admin: CompanyCaller, upload: Upload) {
  const file = await storeBrandImage(ctx, admin, upload, 'photo');
  try {
    await ctx.db.transaction(async (tx) => {
      const company = await lockCompany(tx, admin.companyId);
      if (!company) throw new AppError('NOT_FOUND', '单位不存在');
      if (company.photoFileIds.length >= COMPANY_BRAND_LIMITS.photosMax)
        throw new AppError('BRAND_PHOTOS_FULL');
      await updateCompany(tx, company.id, { photoFileIds: [...company.photoFileIds, file.id] });
    });
  } catch (error) {
    await forgetFiles(ctx, [file.id]);
    throw error;
  }
  return finish(ctx, admin, []);
}

/** Deletes one of the company's own photos; any other id (another company's) is 404. */
export async function deleteCompanyPhoto(ctx: AppContext, admin: CompanyCaller, fileId: string) {
  await ctx.db.transaction(async (tx) => {
    const company = await lockCompany(tx, admin.companyId);
    if (!company?.photoFileIds.includes(fileId)) throw new AppError('NOT_FOUND', '照片不存在或已删除');
    await updateCompany(tx, company.id, { photoFileIds: company.photoFileIds.filter((id) => id !== fileId) });
  });
  return finish(ctx, admin, [fileId]);
}

import type { AppContext } from '../../context';
import { storeUpload, type Upload } from '../../lib/stored-uploads';
import type { CompanyAdmin } from '../../plugins/access';
import { BRAND_IMAGE_RULES, type BrandImageKind } from './brand-image-rules';
import { deleteStoredFiles } from './company-settings.repository';

// The brand files' storage steps shared by the logo and photo use cases.

const UPLOADS_PER_HOUR = 60;

/** Keeps the checked file through the storage provider, with a stored_files row owned by the uploader. */
export async function storeBrandImage(
  ctx: AppContext,
  admin: CompanyAdmin,
  upload: Upload,
  kind: BrandImageKind,
) {
  return storeUpload(ctx, upload, {
    rules: BRAND_IMAGE_RULES[kind],
    rateLimitKey: `brand-upload:${admin.accountId}`,
    perHour: UPLOADS_PER_HOUR,
    defaultName: kind,
    ownerAccountId: admin.accountId,
  });
}

/** Removes files no longer used; a failure only leaves an orphan object behind, so it is logged. */
export async function forgetBrandFiles(ctx: AppContext, fileIds: string[]) {
  const keys = await deleteStoredFiles(ctx.db, fileIds);
  for (const key of keys) {
    await ctx.providers.storage.remove(key).catch((error: unknown) => {
      ctx.log.warn({ err: error, key }, 'brand file removal failed');
    });
  }
}

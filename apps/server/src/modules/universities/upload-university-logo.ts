import type { UniversityProfile } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { storeUpload, type Upload } from '../../lib/stored-uploads';
import { requireFound, type UniversityAdmin } from '../../plugins/access';
import { BRAND_IMAGE_RULES } from '../company-settings/brand-image-rules';
import { mapUniversityProfile, UNIVERSITY_NOT_FOUND } from './map-university';
import { deleteStoredFile, lockUniversity, updateUniversity } from './universities.repository';

export interface UploadUniversityLogoOptions {
  admin: UniversityAdmin;
  upload: Upload;
}

/** The logo follows the company logo's rules: JPG or PNG by its bytes, at most 2 MB, near square. */
export const UNIVERSITY_LOGO_RULES = BRAND_IMAGE_RULES.logo;

/** 高校信息 > 校徽/Logo: replaces the current one, whose file is deleted after the commit. */
export async function uploadUniversityLogo(
  ctx: AppContext,
  options: UploadUniversityLogoOptions,
): Promise<UniversityProfile> {
  const { admin } = options;
  const file = await storeUpload(ctx, options.upload, {
    rules: UNIVERSITY_LOGO_RULES,
    rateLimitKey: `university-logo:${admin.accountId}`,
    perHour: 60,
    defaultName: 'logo',
    ownerAccountId: admin.accountId,
  });
  const { row, keys } = await ctx.db.transaction(async (tx) => {
    const university = requireFound(await lockUniversity(tx, admin.universityId), UNIVERSITY_NOT_FOUND);
    const updated = await updateUniversity(tx, university.id, { logoFileId: file.id });
    return {
      row: updated,
      keys: university.logoFileId ? await deleteStoredFile(tx, university.logoFileId) : [],
    };
  });
  for (const key of keys) {
    await ctx.providers.storage.remove(key).catch((error: unknown) => {
      ctx.log.warn({ err: error, key }, 'university logo removal failed');
    });
  }
  return mapUniversityProfile(row, true);
}

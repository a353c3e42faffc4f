import type { BrochureImage } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { storeUpload, type Upload } from '../../lib/stored-uploads';
import type { CompanyMember } from '../../plugins/access';
import { BRAND_IMAGE_RULES } from '../company-settings/brand-image-rules';
import { employerImageUrl } from './map-brochure';

export interface UploadBrochureImageOptions {
  member: CompanyMember;
  upload: Upload;
}

const UPLOADS_PER_HOUR = 60;

/**
 * A picture for a brochure, checked as 雇主品牌's photos are (JPG/PNG by their bytes, at most 5MB
 * and 4096 px a side). It is attached when the draft is saved, and shown to students only while an
 * approved version uses it.
 */
export async function uploadBrochureImage(
  ctx: AppContext,
  options: UploadBrochureImageOptions,
): Promise<BrochureImage> {
  const file = await storeUpload(ctx, options.upload, {
    rules: BRAND_IMAGE_RULES.photo,
    rateLimitKey: `brochure-upload:${options.member.accountId}`,
    perHour: UPLOADS_PER_HOUR,
    defaultName: 'brochure',
    ownerAccountId: options.member.accountId,
  });
  return { id: file.id, url: employerImageUrl(file.id) };
}

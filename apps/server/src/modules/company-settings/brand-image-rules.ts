import { COMPANY_BRAND_LIMITS } from '@openrecruit/shared';
import { AppError } from '../../lib/app-error';
import type { UploadRules } from '../../lib/stored-uploads';

export type BrandImageKind = 'logo' | 'photo';

const { imageMaxSide, logoMaxAspectRatio } = COMPANY_BRAND_LIMITS;

function brandImageRules(maxBytes: number, check?: NonNullable<UploadRules['image']>['check']): UploadRules {
  return {
    maxBytes,
    tooLarge: `图片不能超过${maxBytes / 1024 / 1024}MB`,
    accept: ['image/jpeg', 'image/png'],
    notAllowed: '只能上传JPG或PNG图片',
    image: { maxSide: imageMaxSide, subject: '图片', check },
  };
}

/**
 * A logo or photo is a JPEG or PNG by its first bytes (the name and the browser's type are not
 * trusted) whose header gives a sane size; a logo is also close to square.
 */
export const BRAND_IMAGE_RULES: Record<BrandImageKind, UploadRules> = {
  logo: brandImageRules(COMPANY_BRAND_LIMITS.logoMaxBytes, (size) => {
    const ratio = Math.max(size.width, size.height) / Math.min(size.width, size.height);
    if (ratio > logoMaxAspectRatio)
      throw AppError.fieldError(
        'file',
        `Logo宽高比不能超过${logoMaxAspectRatio}:1，建议上传正方形图片`,
        'IMAGE_DIMENSIONS_INVALID',
      );
  }),
  photo: brandImageRules(COMPANY_BRAND_LIMITS.photoMaxBytes),
};

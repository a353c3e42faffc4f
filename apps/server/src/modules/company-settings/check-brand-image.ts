import { COMPANY_BRAND_LIMITS } from '@openrecruit/shared';
import { AppError } from '../../lib/app-error';
import { sniffUploadType } from '../employer-onboarding/upload-file';
import { readImageDimensions } from './image-dimensions';

export type BrandImageKind = 'logo' | 'photo';

const MAX_BYTES: Record<BrandImageKind, number> = {
  logo: COMPANY_BRAND_LIMITS.logoMaxBytes,
  photo: COMPANY_BRAND_LIMITS.photoMaxBytes,
};

export const tooLarge = (kind: BrandImageKind) =>
  AppError.fieldError('file', `图片不能超过${MAX_BYTES[kind] / 1024 / 1024}MB`, 'FILE_TOO_LARGE');

/**
 * A logo or photo is a JPEG or PNG by its first bytes (the name and the browser's type are not
 * trusted) whose header gives a sane size. Returns its type for storage.
 */
export function checkBrandImage(data: Buffer, kind: BrandImageKind) {
  if (data.length > MAX_BYTES[kind]) throw tooLarge(kind);
  const type = sniffUploadType(data);
  if (type?.contentType !== 'image/jpeg' && type?.contentType !== 'image/png')
    throw AppError.fieldError('file', '只能上传JPG或PNG图片', 'FILE_TYPE_NOT_ALLOWED');
  const size = readImageDimensions(data, type.contentType);
  if (!size) throw AppError.fieldError('file', '无法读取图片，请上传有效的JPG或PNG图片', 'IMAGE_UNREADABLE');
  const { imageMaxSide, logoMaxAspectRatio } = COMPANY_BRAND_LIMITS;
  if (size.width > imageMaxSide || size.height > imageMaxSide)
    throw AppError.fieldError(
      'file',
      `图片尺寸不能超过${imageMaxSide}×${imageMaxSide}像素`,
      'IMAGE_DIMENSIONS_INVALID',
    );
  const ratio = Math.max(size.width, size.height) / Math.min(size.width, size.height);
  if (kind === 'logo' && ratio > logoMaxAspectRatio)
    throw AppError.fieldError(
      'file',
      `Logo宽高比不能超过${logoMaxAspectRatio}:1，建议上传正方形图片`,
      'IMAGE_DIMENSIONS_INVALID',
    );
  return { ...type, ...size };
}

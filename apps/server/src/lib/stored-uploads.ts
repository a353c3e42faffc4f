import { UPLOAD_CONTENT_TYPES, UPLOAD_MAX_BYTES } from '@openrecruit/shared';
import type { AppContext } from '../context';
import { storedFiles } from '../db/schema';
import { AppError } from './app-error';
import { type ImageSize, readImageDimensions } from './image-dimensions';
import { enforceRateLimit } from './rate-limit';

export type UploadContentType = (typeof UPLOAD_CONTENT_TYPES)[number];

/** What a file is, read from its first bytes: the client's content type and name are not trusted. */
export function sniffUploadType(
  data: Buffer,
): { contentType: UploadContentType; extension: string } | undefined {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff)
    return { contentType: 'image/jpeg', extension: 'jpg' };
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return { contentType: 'image/png', extension: 'png' };
  if (data.subarray(0, 5).toString('latin1') === '%PDF-')
    return { contentType: 'application/pdf', extension: 'pdf' };
  return undefined;
}

/** What an upload may be, with the Chinese messages that refuse it (field `file`). */
export interface UploadRules {
  maxBytes: number;
  tooLarge: string;
  accept: readonly UploadContentType[];
  notAllowed: string;
  /** Pictures only: the header must read, each side at most `maxSide` pixels, then `check` if any. */
  image?: { maxSide: number; subject: string; check?: (size: ImageSize) => void };
}

/** 账号授权书 and 认证材料: JPG, PNG or PDF of at most 5 MB. */
export const DOCUMENT_UPLOAD_RULES: UploadRules = {
  maxBytes: UPLOAD_MAX_BYTES,
  tooLarge: '文件不能超过5MB',
  accept: UPLOAD_CONTENT_TYPES,
  notAllowed: '只能上传JPG、PNG图片或PDF文件',
};

/** Checks an upload against the rules and returns its sniffed type; throws a field error otherwise. */
export function checkUpload(data: Buffer, rules: UploadRules) {
  if (data.length > rules.maxBytes) throw AppError.fieldError('file', rules.tooLarge, 'FILE_TOO_LARGE');
  const type = sniffUploadType(data);
  if (!type || !rules.accept.includes(type.contentType))
    throw AppError.fieldError('file', rules.notAllowed, 'FILE_TYPE_NOT_ALLOWED');
  if (rules.image) {
    const size =
      type.contentType === 'application/pdf' ? undefined : readImageDimensions(data, type.contentType);
    if (!size)
      throw AppError.fieldError('file', '无法读取图片，请上传有效的JPG或PNG图片', 'IMAGE_UNREADABLE');
    const { maxSide, subject, check } = rules.image;
    if (size.width > maxSide || size.height > maxSide)
      throw AppError.fieldError(
        'file',
        `${subject}尺寸不能超过${maxSide}×${maxSide}像素`,
        'IMAGE_DIMENSIONS_INVALID',
      );
    check?.(size);
  }
  return type;
}

export interface Upload {
  data: Buffer;
  fileName: string;
}

/**
 * Keeps a checked upload through the storage provider with its stored_files row (owned by
 * `ownerAccountId`, or by no one until a registration claims it). At most `perHour` uploads an hour
 * per `rateLimitKey`. The name is kept for downloads, `defaultName.<ext>` when the client sent none.
 */
export async function storeUpload(
  ctx: AppContext,
  upload: Upload,
  options: {
    rules: UploadRules;
    rateLimitKey: string;
    perHour: number;
    defaultName: string;
    ownerAccountId?: string;
  },
) {
  const type = checkUpload(upload.data, options.rules);
  await enforceRateLimit(
    ctx.db,
    options.rateLimitKey,
    { limit: options.perHour, windowSeconds: 3600 },
    '上传过于频繁',
  );
  const stored = await ctx.providers.storage.put(upload.data, { extension: type.extension });
  const [row] = await ctx.db
    .insert(storedFiles)
    .values({
      storageKey: stored.key,
      ownerAccountId: options.ownerAccountId,
      contentType: type.contentType,
      size: stored.size,
      sha256: stored.sha256,
      originalName: (upload.fileName || `${options.defaultName}.${type.extension}`).slice(0, 200),
    })
    .returning();
  return row!;
}

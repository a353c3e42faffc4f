import { UPLOAD_MAX_BYTES } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { storedFiles } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { enforceRateLimit } from '../../lib/rate-limit';

/** What a file is, read from its first bytes: the client's content type and name are not trusted. */
export function sniffUploadType(data: Buffer): { contentType: string; extension: string } | undefined {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff)
    return { contentType: 'image/jpeg', extension: 'jpg' };
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return { contentType: 'image/png', extension: 'png' };
  if (data.subarray(0, 5).toString('latin1') === '%PDF-')
    return { contentType: 'application/pdf', extension: 'pdf' };
  return undefined;
}

const UPLOADS_PER_IP_PER_HOUR = 30;

/**
 * Keeps a file for the sign-up wizard (账号授权书, 认证材料): JPEG, PNG or PDF by its magic bytes,
 * at most 5 MB. The file has no owner until a registration claims it.
 */
export async function storeRegistrationUpload(
  ctx: AppContext,
  options: { data: Buffer; fileName: string; ip: string },
) {
  if (options.data.length > UPLOAD_MAX_BYTES)
    throw AppError.fieldError('file', '文件不能超过5MB', 'FILE_TOO_LARGE');
  const type = sniffUploadType(options.data);
  if (!type) throw AppError.fieldError('file', '只能上传JPG、PNG图片或PDF文件', 'FILE_TYPE_NOT_ALLOWED');
  await enforceRateLimit(
    ctx.db,
    `registration-upload-ip:${options.ip}`,
    { limit: UPLOADS_PER_IP_PER_HOUR, windowSeconds: 3600 },
    '上传过于频繁',
  );
  const stored = await ctx.providers.storage.put(options.data, { extension: type.extension });
  const [row] = await ctx.db
    .insert(storedFiles)
    .values({
      storageKey: stored.key,
      contentType: type.contentType,
      size: stored.size,
      sha256: stored.sha256,
      originalName: (options.fileName || `upload.${type.extension}`).slice(0, 200),
    })
    .returning({ id: storedFiles.id });
  return { fileId: row!.id };
}

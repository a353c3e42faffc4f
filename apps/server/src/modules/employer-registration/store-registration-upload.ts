import type { AppContext } from '../../context';
import { DOCUMENT_UPLOAD_RULES, storeUpload, type Upload } from '../../lib/stored-uploads';

const UPLOADS_PER_IP_PER_HOUR = 30;

/** The file as read from the multipart body, and who sent it (uploads are limited per address). */
export type StoreRegistrationUploadOptions = Upload & { ip: string };

/**
 * Keeps a file for the sign-up wizard (账号授权书, 认证材料): JPEG, PNG or PDF by its magic bytes,
 * at most 5 MB. The file has no owner until a registration claims it.
 */
export async function storeRegistrationUpload(ctx: AppContext, upload: StoreRegistrationUploadOptions) {
  const row = await storeUpload(ctx, upload, {
    rules: DOCUMENT_UPLOAD_RULES,
    rateLimitKey: `registration-upload-ip:${upload.ip}`,
    perHour: UPLOADS_PER_IP_PER_HOUR,
    defaultName: 'upload',
  });
  return { fileId: row.id };
}

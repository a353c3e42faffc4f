import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { CloudPresentationFile } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { enforceRateLimit } from '../../lib/rate-limit';
import type { CompanyMember } from '../../plugins/access';
import { insertStoredFile } from './cloud-presentations.repository';
import { videoTypeGate } from './video-type';

/** The multipart `file` part as a stream: never read whole (a video may be 200 MB). */
export interface VideoUpload {
  stream: Readable;
  fileName: string;
  /** Whether the part was cut at the size limit (read after the stream ended). */
  truncated: () => boolean;
}

export interface UploadCloudPresentationVideoOptions {
  member: CompanyMember;
  upload: VideoUpload;
}

const UPLOADS_PER_HOUR = 20;

/**
 * 录播宣讲's video (MP4 or WebM, at most CLOUD_VIDEO_MAX_MB): streamed into storage while its first
 * bytes are checked, kept as a stored file of the uploader until an application names it.
 */
export async function uploadCloudPresentationVideo(
  ctx: AppContext,
  options: UploadCloudPresentationVideoOptions,
): Promise<CloudPresentationFile> {
  const { member, upload } = options;
  await enforceRateLimit(
    ctx.db,
    `cloud-video-upload:${member.accountId}`,
    { limit: UPLOADS_PER_HOUR, windowSeconds: 3600 },
    '上传过于频繁',
  );
  const gate = videoTypeGate();
  let stored: Awaited<ReturnType<AppContext['providers']['storage']['putStream']>>;
  try {
    // The type is known after the first bytes only: the key's extension does not matter, the row's type does.
    [stored] = await Promise.all([
      ctx.providers.storage.putStream(gate.stream, { extension: 'bin' }),
      pipeline(upload.stream, gate.stream),
    ]);
  } catch {
    throw AppError.fieldError('file', '上传的数据不完整，请重新选择视频上传');
  }
  const maxMb = Math.round(ctx.config.cloudVideoMaxBytes / 1024 / 1024);
  const refusal = upload.truncated()
    ? AppError.fieldError('file', `视频不能超过${maxMb}MB`, 'FILE_TOO_LARGE')
    : !gate.type
      ? AppError.fieldError('file', '只能上传MP4或WebM格式的视频', 'FILE_TYPE_NOT_ALLOWED')
      : undefined;
  if (refusal || !gate.type) {
    await ctx.providers.storage.remove(stored.key);
    throw refusal;
  }
  const row = await insertStoredFile(ctx.db, {
    storageKey: stored.key,
    ownerAccountId: member.accountId,
    contentType: gate.type.contentType,
    size: stored.size,
    sha256: stored.sha256,
    originalName: (upload.fileName || `宣讲视频.${gate.type.extension}`).slice(0, 200),
  });
  return { id: row.id, contentType: row.contentType, size: row.size };
}

import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { findPresentationByRoom, insertRecordingFile, setRecordingFile } from './cloud-live.repository';
import { announceCloudLive } from './live-events';

export interface KeepLiveRecordingOptions {
  body: string;
  authorization: string | undefined;
}

/** The most a recording download may take (a long broadcast at 720p is a few hundred MB). */
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;

/**
 * LiveKit's webhook (egress_ended, its signature checked by the media service): the broadcast's
 * recording is copied from the egress storage into the platform's storage and linked to the
 * presentation (recordingFileId). Other notices are acknowledged and ignored.
 */
export async function keepLiveRecording(ctx: AppContext, options: KeepLiveRecordingOptions) {
  let finished: Awaited<ReturnType<AppContext['providers']['media']['receiveWebhook']>>;
  try {
    finished = await ctx.providers.media.receiveWebhook(options.body, options.authorization);
  } catch {
    throw new AppError('FORBIDDEN', '通知签名无效');
  }
  if (!finished) return { kept: false };
  const presentation = await findPresentationByRoom(ctx.db, finished.room);
  if (!presentation) return { kept: false };
  if (!/^https?:\/\//.test(finished.location)) {
    ctx.log.warn(
      { presentationId: presentation.id, location: finished.location },
      'recording not reachable by URL',
    );
    return { kept: false };
  }
  const response = await fetch(finished.location, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  if (!response.ok) throw new AppError('CONFLICT', '录像文件暂不可下载');
  const data = Buffer.from(await response.arrayBuffer());
  const stored = await ctx.providers.storage.put(data, { extension: 'mp4' });
  const file = await insertRecordingFile(ctx.db, {
    storageKey: stored.key,
    ownerAccountId: null,
    contentType: 'video/mp4',
    size: stored.size,
    sha256: stored.sha256,
    originalName: finished.filename || 'recording.mp4',
  });
  await setRecordingFile(ctx.db, presentation.id, file.id);
  await announceCloudLive(ctx, presentation);
  return { kept: true };
}

import type { AppContext } from '../../context';
import { notFound } from '../../plugins/access';
import {
  findCloudPresentation,
  findPublicCloudPresentation,
  findStoredFile,
  findTarget,
} from './cloud-presentations.repository';
import { playableFileId } from './map-cloud-presentation';

/** Who asks: anyone (an approved one only), the company's HR, or a university it was sent to. */
export type MediaReader =
  | { kind: 'public' }
  | { kind: 'company'; companyId: string }
  | { kind: 'university'; universityId: string };

export interface ReadCloudPresentationMediaOptions {
  reader: MediaReader;
  presentationId: string;
  media: 'video' | 'poster';
}

async function findReadable(ctx: AppContext, reader: MediaReader, presentationId: string) {
  switch (reader.kind) {
    case 'public':
      return findPublicCloudPresentation(ctx.db, presentationId);
    case 'company': {
      const row = await findCloudPresentation(ctx.db, presentationId);
      return row?.companyId === reader.companyId ? row : undefined;
    }
    case 'university': {
      const row = await findCloudPresentation(ctx.db, presentationId);
      return row && (await findTarget(ctx.db, row.id, reader.universityId)) ? row : undefined;
    }
  }
}

/**
 * The stored video or poster of a 云宣讲, for the range-streaming routes. An approved one is public
 * (shown on the university's pages); a pending or rejected one only to its company and the
 * universities reviewing it; to anyone else it does not exist (404).
 */
export async function readCloudPresentationMedia(
  ctx: AppContext,
  options: ReadCloudPresentationMediaOptions,
) {
  const row = await findReadable(ctx, options.reader, options.presentationId);
  const fileId = row ? (options.media === 'video' ? playableFileId(row) : row.posterFileId) : null;
  const file = fileId ? await findStoredFile(ctx.db, fileId) : undefined;
  if (!file) throw notFound(options.media === 'video' ? '视频不存在' : '封面不存在');
  return { storageKey: file.storageKey, contentType: file.contentType, size: file.size };
}

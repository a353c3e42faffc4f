import { z } from 'zod';
import { AppError } from '../../lib/app-error';
import type { Posting } from './search.repository';

/** Where the next page starts: after this job, in the pinned part of the list or the rest of it. */
export interface SearchCursor extends Posting {
  pinned: boolean;
}

const Encoded = z.tuple([z.union([z.literal(0), z.literal(1)]), z.iso.datetime(), z.uuid()]);

/** Opaque to the client: base64url of [pinned, published_at, id]. */
export function encodeSearchCursor(cursor: SearchCursor): string {
  const value = [cursor.pinned ? 1 : 0, cursor.publishedAt.toISOString(), cursor.jobId];
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeSearchCursor(value: string): SearchCursor {
  try {
    const [pinned, publishedAt, jobId] = Encoded.parse(
      JSON.parse(Buffer.from(value, 'base64url').toString()),
    );
    return { pinned: pinned === 1, publishedAt: new Date(publishedAt), jobId };
  } catch {
    throw AppError.fieldError('cursor', '翻页参数无效，请重新搜索');
  }
}

/** Whether `posting` comes after `cursor` in the list's order (newest first, then id descending). */
export function comesAfter(posting: Posting, cursor: Posting): boolean {
  const time = posting.publishedAt.getTime() - cursor.publishedAt.getTime();
  return time < 0 || (time === 0 && posting.jobId < cursor.jobId);
}

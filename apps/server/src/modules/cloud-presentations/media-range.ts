import { ERROR_CATALOGUE, type ErrorBody } from '@openrecruit/shared';
import type { FastifyReply } from 'fastify';
import type { ByteRange, FileStorage } from '../../providers/storage/file-storage';

// HTTP range requests (RFC 9110 §14) for 云宣讲's video: a browser's <video> seeks with
// `Range: bytes=start-end` and expects 206 with Content-Range, or 416 for a range past the end.

export type RangeAnswer = { kind: 'whole' } | { kind: 'part'; range: ByteRange } | { kind: 'unsatisfiable' };

/**
 * One `bytes=` range of a file of `size` bytes. A header that is not one well-formed range (none,
 * another unit, several ranges) is ignored, as the RFC allows: the whole file is sent.
 */
export function parseByteRange(header: string | undefined, size: number): RangeAnswer {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === '' && match[2] === '')) return { kind: 'whole' };
  const [, first, last] = match;
  if (first === '') {
    // bytes=-N: the last N bytes.
    const length = Number(last);
    if (length === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'part', range: { start: Math.max(0, size - length), end: size - 1 } };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (start >= size) return { kind: 'unsatisfiable' };
  if (end < start) return { kind: 'whole' };
  return { kind: 'part', range: { start, end } };
}

export interface StoredMedia {
  storageKey: string;
  contentType: string;
  size: number;
}

/** Streams a stored file, whole (200) or one range (206), or 416 with the file's size. */
export async function sendStoredMedia(
  reply: FastifyReply,
  storage: FileStorage,
  media: StoredMedia,
  rangeHeader: string | undefined,
  cacheControl: string,
) {
  reply
    .header('accept-ranges', 'bytes')
    .header('cache-control', cacheControl)
    .header('x-content-type-options', 'nosniff');
  const answer = parseByteRange(rangeHeader, media.size);
  switch (answer.kind) {
    case 'unsatisfiable': {
      const body: ErrorBody = {
        code: 'RANGE_NOT_SATISFIABLE',
        message: ERROR_CATALOGUE.RANGE_NOT_SATISFIABLE.message,
      };
      return reply.status(416).header('content-range', `bytes */${media.size}`).send(body);
    }
    case 'part': {
      const { start, end } = answer.range;
      return reply
        .status(206)
        .header('content-type', media.contentType)
        .header('content-range', `bytes ${start}-${end}/${media.size}`)
        .header('content-length', end - start + 1)
        .send(await storage.stream(media.storageKey, answer.range));
    }
    case 'whole':
      return reply
        .status(200)
        .header('content-type', media.contentType)
        .header('content-length', media.size)
        .send(await storage.stream(media.storageKey));
  }
}

import { Transform } from 'node:stream';

// 录播宣讲's video is checked by its bytes, never by the name or the browser's content type:
// MP4 has `ftyp` at offset 4 (ISO BMFF), WebM starts with the EBML magic 1A 45 DF A3.

export type VideoType = { contentType: 'video/mp4' | 'video/webm'; extension: 'mp4' | 'webm' };

export function sniffVideoType(head: Buffer): VideoType | undefined {
  if (head.length >= 8 && head.subarray(4, 8).toString('latin1') === 'ftyp')
    return { contentType: 'video/mp4', extension: 'mp4' };
  if (head.length >= 4 && head.readUInt32BE(0) === 0x1a45dfa3)
    return { contentType: 'video/webm', extension: 'webm' };
  return undefined;
}

/**
 * Passes a stream through once its first bytes read as a video. Anything else is swallowed (not
 * stored) to its end, so the client still reads the refusal instead of a reset connection.
 */
export function videoTypeGate() {
  let head = Buffer.alloc(0);
  let decided = false;
  const gate = {
    type: undefined as VideoType | undefined,
    stream: new Transform({
      transform(chunk: Buffer, _encoding, done) {
        if (decided) return done(null, gate.type ? chunk : undefined);
        head = Buffer.concat([head, chunk]);
        if (head.length < 12) return done();
        decided = true;
        gate.type = sniffVideoType(head);
        done(null, gate.type ? head : undefined);
      },
      flush(done) {
        if (!decided) gate.type = sniffVideoType(head);
        done(null, decided || !gate.type ? undefined : head);
      },
    }),
  };
  return gate;
}

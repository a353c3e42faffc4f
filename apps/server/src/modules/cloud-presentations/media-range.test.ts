import { describe, expect, it } from 'vitest';
import { parseByteRange } from './media-range';

describe('parseByteRange (云宣讲 video seeking)', () => {
  it('reads a range, an open-ended range and a suffix range', () => {
    expect(parseByteRange('bytes=0-99', 1000)).toEqual({ kind: 'part', range: { start: 0, end: 99 } });
    expect(parseByteRange('bytes=900-', 1000)).toEqual({ kind: 'part', range: { start: 900, end: 999 } });
    expect(parseByteRange('bytes=-100', 1000)).toEqual({ kind: 'part', range: { start: 900, end: 999 } });
    expect(parseByteRange('bytes=-5000', 1000)).toEqual({ kind: 'part', range: { start: 0, end: 999 } });
  });

  it('clamps an end past the file to its last byte', () => {
    expect(parseByteRange('bytes=500-5000', 1000)).toEqual({ kind: 'part', range: { start: 500, end: 999 } });
  });

  it('refuses a start at or past the end of the file', () => {
    expect(parseByteRange('bytes=1000-', 1000)).toEqual({ kind: 'unsatisfiable' });
    expect(parseByteRange('bytes=2000-3000', 1000)).toEqual({ kind: 'unsatisfiable' });
    expect(parseByteRange('bytes=-0', 1000)).toEqual({ kind: 'unsatisfiable' });
  });

  it('ignores what is not one well-formed byte range: the whole file is sent', () => {
    expect(parseByteRange(undefined, 1000)).toEqual({ kind: 'whole' });
    expect(parseByteRange('items=0-1', 1000)).toEqual({ kind: 'whole' });
    expect(parseByteRange('bytes=0-1,5-9', 1000)).toEqual({ kind: 'whole' });
    expect(parseByteRange('bytes=9-3', 1000)).toEqual({ kind: 'whole' });
    expect(parseByteRange('bytes=-', 1000)).toEqual({ kind: 'whole' });
  });
});

import { describe, expect, it } from 'vitest';
import { encodePng } from '../../db/seed/png-image';
import { readImageDimensions } from './image-dimensions';

/** SOI, an APP0 segment, then a baseline frame header of `width` × `height`. */
function jpegHeader(width: number, height: number) {
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3];
  return Buffer.from([0xff, 0xd8, ...app0, 0xff, ...sof0, ...Array(9).fill(0)]);
}

describe('readImageDimensions', () => {
  it('reads a PNG header', () => {
    expect(
      readImageDimensions(
        encodePng(7, 3, () => [0, 0, 0]),
        'image/png',
      ),
    ).toEqual({ width: 7, height: 3 });
  });

  it('reads a JPEG frame header after other segments and fill bytes', () => {
    expect(readImageDimensions(jpegHeader(640, 480), 'image/jpeg')).toEqual({ width: 640, height: 480 });
  });

  it('gives up on truncated or empty headers', () => {
    expect(readImageDimensions(jpegHeader(640, 480).subarray(0, 24), 'image/jpeg')).toBeUndefined();
    expect(readImageDimensions(Buffer.from([0xff, 0xd8, 0xff, 0xd9]), 'image/jpeg')).toBeUndefined();
    expect(
      readImageDimensions(encodePng(1, 1, () => [0, 0, 0]).subarray(0, 20), 'image/png'),
    ).toBeUndefined();
    expect(readImageDimensions(jpegHeader(0, 480), 'image/jpeg')).toBeUndefined();
  });
});

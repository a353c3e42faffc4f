import { describe, expect, it } from 'vitest';
import { makeJpegHeader } from '../../test/images';
import { encodePng } from '../db/seed/png-image';
import { readImageDimensions } from './image-dimensions';

const solidPng = (width: number, height: number) => encodePng(width, height, () => [74, 74, 74]);

describe('readImageDimensions', () => {
  it('reads a PNG IHDR', () => {
    expect(readImageDimensions(solidPng(64, 48), 'image/png')).toEqual({ width: 64, height: 48 });
    expect(readImageDimensions(solidPng(7, 3), 'image/png')).toEqual({ width: 7, height: 3 });
  });

  it('reads a JPEG frame header after other segments', () => {
    expect(readImageDimensions(makeJpegHeader(640, 480), 'image/jpeg')).toEqual({ width: 640, height: 480 });
  });

  it('refuses files that only start like a picture', () => {
    const pngMagic = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    expect(readImageDimensions(pngMagic, 'image/png')).toBeUndefined();
    expect(readImageDimensions(Buffer.from([0xff, 0xd8, 0xff, 0xd9]), 'image/jpeg')).toBeUndefined();
    // Scan data before any frame header: no size to read.
    expect(
      readImageDimensions(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02, 0, 0]), 'image/jpeg'),
    ).toBeUndefined();
  });

  it('gives up on truncated headers and zero sides', () => {
    expect(readImageDimensions(makeJpegHeader(640, 480).subarray(0, 24), 'image/jpeg')).toBeUndefined();
    expect(readImageDimensions(solidPng(1, 1).subarray(0, 20), 'image/png')).toBeUndefined();
    expect(readImageDimensions(makeJpegHeader(0, 480), 'image/jpeg')).toBeUndefined();
  });
});

export interface ImageSize {
  width: number;
  height: number;
}

/**
 * Width and height read from a PNG's IHDR or a JPEG's start-of-frame segment, without decoding the
 * picture: magic bytes say what a file claims to be; this says it really is a picture with sane
 * dimensions. Returns undefined when the header cannot be read or gives a zero side.
 */
export function readImageDimensions(
  data: Buffer,
  contentType: 'image/png' | 'image/jpeg',
): ImageSize | undefined {
  const size = contentType === 'image/png' ? readPngSize(data) : readJpegSize(data);
  return size && size.width > 0 && size.height > 0 ? size : undefined;
}

// PNG: the 8-byte signature, then the IHDR chunk (length, "IHDR", width, height, ...).
function readPngSize(data: Buffer) {
  if (data.length < 24 || data.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

// Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
const isStartOfFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

// JPEG: walk the segments after SOI until a start-of-frame (height, then width).
function readJpegSize(data: Buffer) {
  let offset = 2;
  while (offset + 4 <= data.length) {
    if (data[offset] !== 0xff) return undefined;
    const marker = data[offset + 1]!;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return undefined; // image data before any frame header
    const length = data.readUInt16BE(offset + 2);
    if (length < 2) return undefined;
    if (isStartOfFrame(marker)) {
      if (offset + 9 > data.length) return undefined;
      return { height: data.readUInt16BE(offset + 5), width: data.readUInt16BE(offset + 7) };
    }
    offset += 2 + length;
  }
  return undefined;
}

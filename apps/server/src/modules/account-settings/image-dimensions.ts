/**
 * The width and height written in a PNG's IHDR or a JPEG's start-of-frame segment, or undefined
 * when the header cannot be read. Magic bytes say what a file claims to be; this says it really is
 * a picture with sane dimensions.
 */
export function readImageDimensions(
  data: Buffer,
  contentType: 'image/png' | 'image/jpeg',
): { width: number; height: number } | undefined {
  return contentType === 'image/png' ? pngDimensions(data) : jpegDimensions(data);
}

function pngDimensions(data: Buffer) {
  // Signature (8), then the first chunk must be IHDR: length (4), type (4), width (4), height (4).
  if (data.length < 24 || data.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

// Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpegDimensions(data: Buffer) {
  let offset = 2;
  while (offset + 4 <= data.length) {
    if (data[offset] !== 0xff) return undefined;
    const marker = data[offset + 1]!;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      offset += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return undefined; // end or scan data before any frame
    const length = data.readUInt16BE(offset + 2);
    if (length < 2) return undefined;
    if (SOF_MARKERS.has(marker)) {
      if (offset + 9 > data.length) return undefined;
      return { height: data.readUInt16BE(offset + 5), width: data.readUInt16BE(offset + 7) };
    }
    offset += 2 + length;
  }
  return undefined;
}

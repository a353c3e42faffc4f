import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit, { type Font } from '@pdf-lib/fontkit';

// Noto Sans SC (OFL-1.1) as TrueType, from npm: a fresh `npm install` is all the server needs, no
// system fonts. Resolved from the package at run time (the bundle leaves npm packages as imports).
// TrueType rather than the CFF (.otf) cut: fontkit's CFF subsetter drops the CID fonts' local
// subroutines and the glyphs come out broken, while its TrueType subsetter works once patched below.
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc/package.json';
const FONT_FILE = '400Regular/NotoSansSC_400Regular.ttf';

export interface ResumeFont {
  bytes: Uint8Array;
  font: Font;
  hasGlyph: (codePoint: number) => boolean;
}

interface TrueTypeSubset {
  glyf: Array<Uint8Array & { copy(target: Uint8Array, start: number): number }>;
  offset: number;
  _addGlyph(gid: number): number;
}

/**
 * fontkit's TrueType subsetter writes glyphs back to back, and for a small subset picks the short
 * `loca` format, which stores offset/2: a glyph of odd length shifts every later glyph and they
 * render as garbage. Padding each glyph to 4 bytes (as the OpenType spec recommends) keeps every
 * offset even. Applied once to the subset class; harmless where a glyph is already aligned.
 */
function padSubsetGlyphs(font: Font) {
  const subsetClass = Object.getPrototypeOf(font.createSubset()) as TrueTypeSubset & { padded?: boolean };
  if (subsetClass.padded || typeof subsetClass._addGlyph !== 'function') return;
  const addGlyph = subsetClass._addGlyph;
  subsetClass._addGlyph = function (this: TrueTypeSubset, gid: number) {
    const index = addGlyph.call(this, gid);
    const glyph = this.glyf[index]!;
    const pad = (4 - (glyph.length % 4)) % 4;
    if (pad > 0) {
      // The subsetter's own Buffer class (fontkit bundles one): its stream accepts nothing else.
      const Bytes = glyph.constructor as unknown as { alloc(size: number): typeof glyph };
      const padded = Bytes.alloc(glyph.length + pad);
      glyph.copy(padded, 0);
      this.glyf[index] = padded;
      this.offset += pad;
    }
    return index;
  };
  subsetClass.padded = true;
}

let loading: Promise<ResumeFont> | undefined;

/** The font, read once per process (10 MB) and shared by every PDF. */
export function loadResumeFont(): Promise<ResumeFont> {
  loading ??= (async () => {
    const root = path.dirname(createRequire(import.meta.url).resolve(FONT_PACKAGE));
    const bytes = new Uint8Array(await fs.readFile(path.join(root, FONT_FILE)));
    const font = fontkit.create(bytes);
    padSubsetGlyphs(font);
    return { bytes, font, hasGlyph: (codePoint) => font.hasGlyphForCodePoint(codePoint) };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

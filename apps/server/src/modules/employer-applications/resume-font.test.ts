import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { loadResumeFont } from './resume-font';

/** The bytes of a subset of `text`'s glyphs, as pdf-lib embeds them. */
async function subsetOf(text: string) {
  const { font } = await loadResumeFont();
  const glyphs = [...text].map((char) => font.glyphForCodePoint(char.codePointAt(0)!));
  const subset = font.createSubset();
  for (const glyph of glyphs) subset.includeGlyph(glyph);
  const bytes = await new Promise<Uint8Array>((resolve) => {
    const chunks: Uint8Array[] = [];
    const stream = subset.encodeStream();
    stream.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
  return { glyphs, bytes };
}

describe('the resume PDF font (Noto Sans SC from npm)', () => {
  it('covers the characters of Chinese names, places and punctuation', async () => {
    const { hasGlyph } = await loadResumeFont();
    for (const char of '欧阳思琪喆堃燚赟龑犇户籍：（）、。ABC123') {
      expect(hasGlyph(char.codePointAt(0)!), char).toBe(true);
    }
  });

  it('subsets glyphs whole: every outline survives the short loca format', async () => {
    const text = '吴天佑应聘职位数控技工上海浦鑫机电有限公司从事操作岗位流程';
    const { glyphs, bytes } = await subsetOf(text);
    const reread = fontkit.create(bytes);
    // Glyph 0 is .notdef; the subset keeps the order the glyphs were included in.
    const distinct = [...new Map(glyphs.map((glyph) => [glyph.id, glyph])).values()];
    distinct.forEach((glyph, i) => {
      expect(reread.getGlyph(i + 1).path.toSVG(), text[i]).toBe(glyph.path.toSVG());
    });
  });
});

import { randomInt } from 'node:crypto';

// The picture captcha (图形验证码, seed 002) drawn as pen strokes: each character is a few
// polylines on a 4×6 grid, rotated, scaled and jittered before it is written out, so the SVG holds
// only path coordinates (no <text>, no font glyph that could be matched), crossed by noise curves.

/** Digits and capitals a person cannot confuse: no 0/O, 1/I/l, and no S/5 or Z/2 either. */
export const CAPTCHA_ALPHABET = '23456789ABCDEFGHJKLMNPQRTUVWXY';

type Stroke = Array<[number, number]>;
// biome-ignore format: one glyph a line reads as a table
const P: Stroke = [[0, 6], [0, 0], [3, 0], [4, 1], [4, 2], [3, 3], [0, 3]];
// biome-ignore format: one glyph a line reads as a table
const GLYPHS: Record<string, Stroke[]> = {
  '2': [[[0, 1], [1, 0], [3, 0], [4, 1], [4, 2], [0, 6], [4, 6]]],
  '3': [[[0, 0], [4, 0], [2, 2.5], [3, 2.5], [4, 3.5], [4, 5], [3, 6], [1, 6], [0, 5]]],
  '4': [[[3, 6], [3, 0], [0, 4], [4, 4]]],
  '5': [[[4, 0], [0, 0], [0, 2.5], [3, 2.5], [4, 3.5], [4, 5], [3, 6], [0, 6]]],
  '6': [[[3, 0], [1, 0], [0, 1], [0, 5], [1, 6], [3, 6], [4, 5], [4, 4], [3, 3], [0, 3]]],
  '7': [[[0, 0], [4, 0], [1.5, 6]]],
  '8': [[[1, 0], [3, 0], [4, 1], [4, 2], [3, 3], [1, 3], [0, 2], [0, 1], [1, 0]], [[1, 3], [0, 4], [0, 5], [1, 6], [3, 6], [4, 5], [4, 4], [3, 3]]],
  '9': [[[4, 3], [1, 3], [0, 2], [0, 1], [1, 0], [3, 0], [4, 1], [4, 5], [3, 6], [1, 6]]],
  A: [[[0, 6], [2, 0], [4, 6]], [[1, 4], [3, 4]]],
  B: [[[0, 0], [0, 6], [3, 6], [4, 5], [4, 4], [3, 3], [0, 3]], [[0, 0], [3, 0], [4, 1], [4, 2], [3, 3]]],
  C: [[[4, 1], [3, 0], [1, 0], [0, 1], [0, 5], [1, 6], [3, 6], [4, 5]]],
  D: [[[0, 0], [0, 6], [2.5, 6], [4, 4.5], [4, 1.5], [2.5, 0], [0, 0]]],
  E: [[[4, 0], [0, 0], [0, 6], [4, 6]], [[0, 3], [3, 3]]],
  F: [[[4, 0], [0, 0], [0, 6]], [[0, 3], [3, 3]]],
  G: [[[4, 1], [3, 0], [1, 0], [0, 1], [0, 5], [1, 6], [3, 6], [4, 5], [4, 3.5], [2, 3.5]]],
  H: [[[0, 0], [0, 6]], [[4, 0], [4, 6]], [[0, 3], [4, 3]]],
  J: [[[1, 0], [4, 0]], [[3, 0], [3, 5], [2, 6], [1, 6], [0, 5]]],
  K: [[[0, 0], [0, 6]], [[4, 0], [0, 3.5]], [[1.3, 2.7], [4, 6]]],
  L: [[[0, 0], [0, 6], [4, 6]]],
  M: [[[0, 6], [0, 0], [2, 3.5], [4, 0], [4, 6]]],
  N: [[[0, 6], [0, 0], [4, 6], [4, 0]]],
  P: [P],
  Q: [[[1, 0], [3, 0], [4, 1], [4, 5], [3, 6], [1, 6], [0, 5], [0, 1], [1, 0]], [[2.5, 4.5], [4.3, 6.3]]],
  R: [P, [[2, 3], [4, 6]]],
  T: [[[0, 0], [4, 0]], [[2, 0], [2, 6]]],
  U: [[[0, 0], [0, 5], [1, 6], [3, 6], [4, 5], [4, 0]]],
  V: [[[0, 0], [2, 6], [4, 0]]],
  W: [[[0, 0], [1, 6], [2, 2.5], [3, 6], [4, 0]]],
  X: [[[0, 0], [4, 6]], [[4, 0], [0, 6]]],
  Y: [[[0, 0], [2, 3], [4, 0]], [[2, 3], [2, 6]]],
};

const WIDTH = 120;
const HEIGHT = 44;

/** A uniform random number in [min, max), from the CSPRNG so answers cannot be predicted. */
function between(min: number, max: number): number {
  return min + (randomInt(0, 1_000_000) / 1_000_000) * (max - min);
}

function colour(): string {
  return `hsl(${randomInt(0, 360)},${randomInt(45, 75)}%,${randomInt(22, 42)}%)`;
}

const fmt = (n: number) => n.toFixed(1);

export function newCaptchaText(length = 4): string {
  return Array.from({ length }, () => CAPTCHA_ALPHABET[randomInt(0, CAPTCHA_ALPHABET.length)]).join('');
}

function drawCharacter(char: string, centreX: number): string {
  const strokes = GLYPHS[char];
  if (!strokes) throw new Error(`no captcha glyph for ${char}`);
  const angle = (between(-28, 28) * Math.PI) / 180;
  const scale = between(4.2, 5.4);
  const centreY = HEIGHT / 2 + between(-3, 3);
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const d = strokes
    .map((stroke) =>
      stroke
        .map(([gx, gy], i) => {
          const x = (gx - 2 + between(-0.15, 0.15)) * scale;
          const y = (gy - 3 + between(-0.15, 0.15)) * scale;
          return `${i === 0 ? 'M' : 'L'}${fmt(centreX + x * cos - y * sin)} ${fmt(centreY + x * sin + y * cos)}`;
        })
        .join(' '),
    )
    .join(' ');
  const width = fmt(between(2.2, 3.2));
  return `<path d="${d}" fill="none" stroke="${colour()}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"/>`;
}

function noiseCurve(): string {
  const y = () => fmt(between(4, HEIGHT - 4));
  const d = `M0 ${y()} C${fmt(between(20, 50))} ${y()} ${fmt(between(70, 100))} ${y()} ${WIDTH} ${y()}`;
  return `<path d="${d}" fill="none" stroke="${colour()}" stroke-width="${fmt(between(1, 1.8))}"/>`;
}

/** The captcha as an SVG data URL for an <img>: the characters as strokes, three noise curves. */
export function drawCaptcha(text: string): string {
  const step = WIDTH / (text.length + 1);
  const parts = [
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#f4f6f8"/>`,
    noiseCurve(),
    ...Array.from(text, (char, i) => drawCharacter(char, step * (i + 1) + between(-3, 3))),
    noiseCurve(),
    noiseCurve(),
  ];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${parts.join('')}</svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

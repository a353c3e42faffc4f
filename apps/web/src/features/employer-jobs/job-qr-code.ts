import QRCode from 'qrcode';
import { saveBlob } from '../../lib/save-blob';

// Seed 002 分享: a QR code of the seeker's job page with the company logo in its centre. Error
// correction level H restores up to 30 % of the code, so a logo covering ~5 % of it stays readable.

export const QR_SIZE = 280;
const LOGO_SHARE = 0.24;

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error(`logo not available: ${src}`));
    image.src = src;
  });
}

function roundedSquare(
  context: CanvasRenderingContext2D,
  x: number,
  y: number,
  size: number,
  radius: number,
) {
  context.beginPath();
  context.roundRect(x, y, size, size, radius);
  context.fill();
}

/**
 * Draws the code on `canvas`, then the logo on a white square in the middle; without a logo (none
 * set, or it fails to load) the square shows the company's first character.
 */
export async function drawJobQrCode(
  canvas: HTMLCanvasElement,
  options: { url: string; logoUrl: string | null; companyName: string },
) {
  await QRCode.toCanvas(canvas, options.url, {
    errorCorrectionLevel: 'H',
    width: QR_SIZE,
    margin: 2,
    color: { dark: '#1f1f1f', light: '#ffffff' },
  });
  const context = canvas.getContext('2d');
  if (!context) return;
  const box = Math.round(canvas.width * LOGO_SHARE);
  const x = Math.round((canvas.width - box) / 2);
  const y = Math.round((canvas.height - box) / 2);
  context.fillStyle = '#ffffff';
  roundedSquare(context, x, y, box, 8);

  const inner = box - 10;
  const logo = options.logoUrl ? await loadImage(options.logoUrl).catch(() => null) : null;
  if (logo) {
    context.save();
    context.beginPath();
    context.roundRect(x + 5, y + 5, inner, inner, 6);
    context.clip();
    context.drawImage(logo, x + 5, y + 5, inner, inner);
    context.restore();
    return;
  }
  context.fillStyle = '#1677ff';
  roundedSquare(context, x + 5, y + 5, inner, 6);
  context.fillStyle = '#ffffff';
  context.font = `600 ${Math.round(inner * 0.62)}px "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText(Array.from(options.companyName)[0] ?? '职', x + box / 2, y + box / 2 + 1);
}

/** Saves the canvas as a PNG file. */
export function downloadCanvas(canvas: HTMLCanvasElement, fileName: string): Promise<void> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) {
        reject(new Error('canvas is empty'));
        return;
      }
      saveBlob(blob, fileName);
      resolve();
    }, 'image/png');
  });
}

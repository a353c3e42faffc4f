// 录播宣讲's video, read in the browser before it is uploaded: its type by the first bytes (the
// server checks again), its duration, and a poster frame drawn from about 1 s in.

export type VideoKind = 'video/mp4' | 'video/webm';

/** MP4 has `ftyp` at offset 4; WebM starts with the EBML magic 1A 45 DF A3. */
export async function sniffVideo(file: Blob): Promise<VideoKind | undefined> {
  const head = new Uint8Array(await file.slice(0, 12).arrayBuffer());
  if (String.fromCharCode(...head.slice(4, 8)) === 'ftyp') return 'video/mp4';
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'video/webm';
  return undefined;
}

const once = (target: EventTarget, type: string) =>
  new Promise<void>((resolve, reject) => {
    target.addEventListener(type, () => resolve(), { once: true });
    target.addEventListener('error', () => reject(new Error('视频无法播放，请换一个文件')), { once: true });
  });

/**
 * The duration (whole seconds) and a JPEG poster frame. A WebM made by MediaRecorder may not say
 * its duration: seeking far past the end makes the browser find it.
 */
export async function readVideo(file: Blob): Promise<{ durationSeconds: number; poster: Blob }> {
  const url = URL.createObjectURL(file);
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.preload = 'auto';
  try {
    video.src = url;
    await once(video, 'loadedmetadata');
    if (!Number.isFinite(video.duration)) {
      video.currentTime = 1e7;
      await once(video, 'seeked');
    }
    const duration = Number.isFinite(video.duration) ? video.duration : 0;
    video.currentTime = Math.min(1, duration / 2);
    await once(video, 'seeked');
    const canvas = document.createElement('canvas');
    const scale = Math.min(1, 1280 / (video.videoWidth || 1280));
    canvas.width = Math.round((video.videoWidth || 1280) * scale);
    canvas.height = Math.round((video.videoHeight || 720) * scale);
    canvas.getContext('2d')?.drawImage(video, 0, 0, canvas.width, canvas.height);
    const poster = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('无法生成视频封面'))),
        'image/jpeg',
        0.85,
      ),
    );
    return { durationSeconds: Math.round(duration), poster };
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function durationText(seconds: number | null): string {
  if (seconds === null) return '';
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes}分${seconds % 60}秒` : `${seconds}秒`;
}

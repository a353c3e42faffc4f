/**
 * Whether this browser can do WebRTC video here; `reason` in Chinese says why not (an in-app
 * browser, an insecure page, no camera API).
 */
export function mediaSupport(): { video: boolean; reason?: string } {
  if (typeof window === 'undefined') return { video: false, reason: '当前环境不支持音视频' };
  const agent = navigator.userAgent;
  if (/MicroMessenger/i.test(agent)) {
    return { video: false, reason: '微信内置浏览器不支持视频，请点击右上角“…”选择“在浏览器打开”' };
  }
  if (/(QQ\/|Weibo|DingTalk|AlipayClient|baiduboxapp)/i.test(agent)) {
    return { video: false, reason: '当前应用的内置浏览器不支持视频，请在系统浏览器中打开本页' };
  }
  if (!window.isSecureContext) {
    return { video: false, reason: '页面未使用安全连接（HTTPS），浏览器不允许使用摄像头和麦克风' };
  }
  if (typeof RTCPeerConnection === 'undefined') {
    return {
      video: false,
      reason: '当前浏览器不支持实时音视频，请使用最新版的 Chrome、Edge、Safari 或 Firefox',
    };
  }
  if (!navigator.mediaDevices?.getUserMedia) {
    return { video: false, reason: '当前浏览器无法使用摄像头和麦克风' };
  }
  return { video: true };
}

const VOICE = { echoCancellation: true, noiseSuppression: true, autoGainControl: true } as const;

/** Camera and microphone (or the screen), with echo cancellation, noise suppression and gain control on. */
export async function openLocalMedia(options: {
  video: boolean;
  audio: boolean;
  screen?: boolean;
}): Promise<MediaStream> {
  if (options.screen) {
    const screen = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
    if (options.audio) {
      // The presenter's voice goes with the screen (a screen's own sound is not wanted).
      const voice = await navigator.mediaDevices.getUserMedia({ audio: VOICE, video: false });
      for (const track of voice.getAudioTracks()) screen.addTrack(track);
    }
    return screen;
  }
  return navigator.mediaDevices.getUserMedia({
    audio: options.audio ? VOICE : false,
    video: options.video
      ? { width: { ideal: 1280 }, height: { ideal: 720 }, frameRate: { ideal: 25 } }
      : false,
  });
}

/** Stops every track (the camera light goes off). */
export function stopMedia(stream: MediaStream | null | undefined) {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { mediaSupport } from './media-support';
import { mediumOf } from './remote-medium';

// Whether a phone's browser can do video, and why not, in words the student understands; and what a
// remote stream carries (the interview page falls back to audio, then to 文字沟通).

function browser(options: { agent: string; secure?: boolean; rtc?: boolean; camera?: boolean }) {
  vi.stubGlobal('window', { isSecureContext: options.secure ?? true });
  vi.stubGlobal('navigator', {
    userAgent: options.agent,
    mediaDevices: options.camera === false ? undefined : { getUserMedia: () => undefined },
  });
  vi.stubGlobal('RTCPeerConnection', options.rtc === false ? undefined : class {});
}

const CHROME = 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36';

describe('mediaSupport', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('a current browser over HTTPS can', () => {
    browser({ agent: CHROME });
    expect(mediaSupport()).toEqual({ video: true });
  });

  it('WeChat and other in-app browsers, an insecure page, no WebRTC, no camera API: each says why', () => {
    browser({ agent: `${CHROME} MicroMessenger/8.0.47` });
    expect(mediaSupport()).toEqual({
      video: false,
      reason: '微信内置浏览器不支持视频，请点击右上角“…”选择“在浏览器打开”',
    });
    browser({ agent: `${CHROME} DingTalk/7.5` });
    expect(mediaSupport().reason).toBe('当前应用的内置浏览器不支持视频，请在系统浏览器中打开本页');
    browser({ agent: CHROME, secure: false });
    expect(mediaSupport().reason).toBe('页面未使用安全连接（HTTPS），浏览器不允许使用摄像头和麦克风');
    browser({ agent: CHROME, rtc: false });
    expect(mediaSupport().reason).toMatch(/^当前浏览器不支持实时音视频/);
    browser({ agent: CHROME, camera: false });
    expect(mediaSupport().reason).toBe('当前浏览器无法使用摄像头和麦克风');
  });
});

describe('mediumOf', () => {
  const track = (kind: string, muted = false, readyState = 'live') => ({ kind, muted, readyState });
  const stream = (...tracks: ReturnType<typeof track>[]) =>
    ({ getTracks: () => tracks }) as unknown as MediaStream;

  it('video when a live unmuted video track arrives, else audio, else none', () => {
    expect(mediumOf(null)).toBe('none');
    expect(mediumOf(stream(track('audio'), track('video')))).toBe('video');
    expect(mediumOf(stream(track('audio'), track('video', true)))).toBe('audio');
    expect(mediumOf(stream(track('audio', false, 'ended')))).toBe('none');
  });
});

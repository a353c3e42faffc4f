import type { Browser, Page } from '@playwright/test';
// @ts-expect-error: a plain .mjs helper shared with scripts/test-e2e.mjs
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.mjs';

// WebRTC in the e2e specs: Chromium's fake camera and microphone (no prompt), a phone context with
// the same devices, and the peer connections a page makes kept for their getStats().

/** `test.use(FAKE_MEDIA)`: the suite's Chromium with a fake camera and microphone, allowed. */
export const FAKE_MEDIA = {
  launchOptions: {
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  },
  permissions: ['camera', 'microphone'],
};

/** Keeps every RTCPeerConnection the page makes (an init script), so the test can read its getStats(). */
export const RECORD_PEERS = () => {
  const Original = window.RTCPeerConnection;
  const peers: RTCPeerConnection[] = [];
  (window as unknown as { __peers: RTCPeerConnection[] }).__peers = peers;
  window.RTCPeerConnection = class extends Original {
    constructor(configuration?: RTCConfiguration) {
      super(configuration);
      peers.push(this);
    }
  } as typeof RTCPeerConnection;
};

/** A student's phone: a second context at 390×844 with the fake devices, its peers recorded. */
export async function phoneWithFakeMedia(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    permissions: ['camera', 'microphone'],
  });
  await context.addInitScript(RECORD_PEERS);
  return context.newPage();
}

/** Video bytes the page's peer connections received so far (getStats inbound-rtp). */
export async function inboundVideoBytes(page: Page): Promise<number> {
  return page.evaluate(async () => {
    let bytes = 0;
    for (const pc of (window as unknown as { __peers?: RTCPeerConnection[] }).__peers ?? []) {
      const report = await pc.getStats();
      report.forEach((entry: { type: string; kind?: string; bytesReceived?: number }) => {
        if (entry.type === 'inbound-rtp' && entry.kind === 'video') bytes += entry.bytesReceived ?? 0;
      });
    }
    return bytes;
  });
}

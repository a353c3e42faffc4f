/// <reference lib="dom" />
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { RTCPeerConnection as WeriftPeerConnection } from 'werift';
import { buildApp } from '../../apps/server/src/app';
import { loadConfig } from '../../apps/server/src/config';
import { openDatabase } from '../../apps/server/src/db/client';
import { migrateDatabase } from '../../apps/server/src/db/migrate';
import {
  cloudPresentations,
  cloudPresentationTargets,
  resumes,
  universities,
} from '../../apps/server/src/db/schema';
import { createSeekerAccount, createStaffAccount } from '../../apps/server/src/db/seed/accounts';
import { seedDictionaries } from '../../apps/server/src/db/seed/dictionaries';
import { createTestCompany } from '../../apps/server/test/factories';
import { freshCreditCode } from '../../apps/server/test/factories/onboarding';
import { freshIdNumber, freshMobile } from '../../apps/server/test/fixtures';
// @ts-expect-error: a plain .mjs helper shared with scripts/test-e2e.mjs
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';

// docs/decisions/020-media.md. (a) Call set-up through the app's signalling: a viewer and the
// presenter (werift peers) of a live broadcast exchange offer/answer/candidates over HTTP, from the
// offer to an open DataChannel. (b) How many viewers one presenter serves peer-to-peer: Chromium
// with the fake camera sends to N werift viewers; per N the presenter's sent frame rate and
// qualityLimitationReason, and the viewers' received frame rate and bytes.

/** What the presenter's page keeps: the camera and one connection per viewer. */
interface BenchWindow {
  benchStream: MediaStream;
  benchPeers: RTCPeerConnection[];
}

/** The bench's report goes to stdout. */
const print = (line: string | undefined) => process.stdout.write(`${line ?? ''}\n`);

class Client {
  cookies = new Map<string, string>();
  csrf: string | undefined;
  constructor(readonly base: string) {}
  async request(method: string, url: string, body?: unknown) {
    const response = await fetch(this.base + url, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, value] = pair!.split('=');
      this.cookies.set(name!, value!);
    }
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (typeof json.csrfToken === 'string') this.csrf = json.csrfToken;
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(json)}`);
    // biome-ignore lint/suspicious/noExplicitAny: the bench reads the answers it knows the shape of
    return json as Record<string, any>;
  }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

async function setUp() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-media-'));
  const database = await openDatabase({ engine: 'pglite', dir: undefined });
  await migrateDatabase(database);
  await seedDictionaries(database.db);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    PII_KEY: randomBytes(32).toString('base64'),
  });
  const app = await buildApp({ config, database, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const ctx = app.ctx;
  const company = await createTestCompany(ctx.db, { code: freshCreditCode() });
  const hrLogin = freshMobile();
  const hrAccount = await createStaffAccount(ctx, {
    role: 'employer',
    loginName: hrLogin,
    displayName: '主讲人',
    password: 'Bench#2026ok',
    companyId: company.id,
    companyRole: 'admin',
  });
  const [university] = await ctx.db
    .insert(universities)
    .values({ name: '基准大学', code: `B${Date.now()}`, city: '上海市' })
    .returning();
  const hr = new Client(base);
  await hr.request('POST', '/api/auth/employer/login', { account: hrLogin, password: 'Bench#2026ok' });
  const startsAt = new Date(Date.now() + 5 * 60_000);
  const [presentation] = await ctx.db
    .insert(cloudPresentations)
    .values({
      companyId: company.id,
      applicantAccountId: hrAccount.id,
      format: 'live',
      title: '基准直播',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      liveState: 'scheduled',
    })
    .returning();
  await ctx.db.insert(cloudPresentationTargets).values({
    presentationId: presentation!.id,
    universityId: university!.id,
    companyId: company.id,
    state: 'approved',
  });
  await hr.request('POST', `/api/employer/cloud-live/${presentation!.id}/start`);
  const student = async () => {
    const idNumber = freshIdNumber('20030501');
    const account = await createSeekerAccount(ctx, {
      name: '学生',
      idNumber,
      mobile: freshMobile(),
      bankCard: '6222021001116220002',
      password: '582046',
    });
    await ctx.db.insert(resumes).values({
      accountId: account.id,
      educations: [
        { school: '基准大学', major: '计算机', education: '20', startMonth: '2023-09', endMonth: null },
      ],
    });
    const client = new Client(base);
    await client.request('POST', '/api/auth/seeker/login', { account: idNumber, password: '582046' });
    await client.request('POST', `/api/seeker/cloud-live/${presentation!.id}/presence`);
    return { client, accountId: account.id };
  };
  return {
    hr,
    hrAccountId: hrAccount.id,
    presentationId: presentation!.id,
    student,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A werift peer signalling through the app (polling every `pollMs`, like the page's event + read). */
function signallingPeer(client: Client, base: string, remote: string, peerId: string) {
  const pc = new WeriftPeerConnection({ iceServers: [] });
  const pending: unknown[] = [];
  const send = (kind: string, payload: Record<string, unknown>) =>
    client.request('POST', `${base}/signals`, { to: remote, peerId, kind, payload });
  pc.onIceCandidate.subscribe((candidate) => {
    if (candidate) void send('candidate', { candidate: candidate.toJSON() });
  });
  const poll = async () => {
    const { items } = await client.request('GET', `${base}/signals`);
    for (const signal of items as { kind: string; payload: { sdp: string; candidate: never } }[]) {
      if (signal.kind === 'offer') {
        await pc.setRemoteDescription({ type: 'offer', sdp: signal.payload.sdp });
        for (const c of pending.splice(0)) await pc.addIceCandidate(c as never);
        await pc.setLocalDescription(await pc.createAnswer());
        await send('answer', { type: 'answer', sdp: pc.localDescription!.sdp });
      } else if (signal.kind === 'answer') {
        await pc.setRemoteDescription({ type: 'answer', sdp: signal.payload.sdp });
        for (const c of pending.splice(0)) await pc.addIceCandidate(c as never);
      } else if (signal.kind === 'candidate') {
        if (pc.remoteDescription) await pc.addIceCandidate(signal.payload.candidate);
        else pending.push(signal.payload.candidate);
      }
    }
  };
  return { pc, send, poll };
}

async function measureSetup(calls: number, pollMs: number) {
  const env = await setUp();
  const times: number[] = [];
  try {
    for (let i = 0; i < calls; i += 1) {
      const viewer = await env.student();
      const base = (area: string) => `/api/${area}/media/live/${env.presentationId}`;
      const host = signallingPeer(env.hr, base('employer'), viewer.accountId, `bench-${i}`);
      const guest = signallingPeer(viewer.client, base('seeker'), env.hrAccountId, `bench-${i}`);
      let open = false;
      host.pc.onDataChannel.subscribe((channel) => channel.onMessage.subscribe(() => (open = true)));
      const started = performance.now();
      const channel = guest.pc.createDataChannel('bench');
      channel.stateChanged.subscribe((state) => state === 'open' && channel.send('x'));
      await guest.pc.setLocalDescription(await guest.pc.createOffer());
      await guest.send('offer', { type: 'offer', sdp: guest.pc.localDescription!.sdp });
      while (!open) {
        await Promise.all([host.poll(), guest.poll()]);
        await new Promise((resolve) => setTimeout(resolve, pollMs));
        if (performance.now() - started > 20_000) throw new Error('a call did not connect in 20 s');
      }
      times.push(performance.now() - started);
      await Promise.all([host.pc.close(), guest.pc.close()]);
    }
  } finally {
    await env.close();
  }
  return times;
}

interface ViewerStats {
  frames: number;
  bytes: number;
}

async function measureViewers(counts: number[], width: number, height: number, seconds: number) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium (set CHROME_PATH)');
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  });
  const rows: string[] = [];
  // getUserMedia needs a secure context: a blank page on localhost.
  const blank = http.createServer((_request, response) =>
    response.end('<!doctype html><title>bench</title>'),
  );
  await new Promise<void>((resolve) => blank.listen(0, '127.0.0.1', resolve));
  const blankUrl = `http://localhost:${(blank.address() as { port: number }).port}/`;
  try {
    for (const n of counts) {
      const page = await browser.newPage();
      await page.goto(blankUrl);
      await page.evaluate(
        async ({ width, height }) => {
          const stream = await navigator.mediaDevices.getUserMedia({
            video: { width, height, frameRate: 30 },
            audio: false,
          });
          (window as unknown as BenchWindow).benchStream = stream;
          (window as unknown as BenchWindow).benchPeers = [];
        },
        { width, height },
      );
      const viewers: { pc: WeriftPeerConnection; stats: ViewerStats }[] = [];
      for (let i = 0; i < n; i += 1) {
        const offer: string = await page.evaluate(async () => {
          const pc = new RTCPeerConnection();
          const stream = (window as unknown as BenchWindow).benchStream as MediaStream;
          for (const track of stream.getTracks()) pc.addTrack(track, stream);
          (window as unknown as BenchWindow).benchPeers.push(pc);
          await pc.setLocalDescription();
          await new Promise<void>((resolve) => {
            if (pc.iceGatheringState === 'complete') resolve();
            pc.addEventListener(
              'icegatheringstatechange',
              () => pc.iceGatheringState === 'complete' && resolve(),
            );
          });
          return pc.localDescription!.sdp;
        });
        const pc = new WeriftPeerConnection({ iceServers: [] });
        const stats: ViewerStats = { frames: 0, bytes: 0 };
        pc.onTrack.subscribe((track) =>
          track.onReceiveRtp.subscribe((rtp) => {
            stats.bytes += rtp.payload.length;
            if (rtp.header.marker) stats.frames += 1;
          }),
        );
        await pc.setRemoteDescription({ type: 'offer', sdp: offer });
        await pc.setLocalDescription(await pc.createAnswer());
        await new Promise<void>((resolve) => {
          if (pc.iceGatheringState === 'complete') resolve();
          pc.iceGatheringStateChange.subscribe((state) => state === 'complete' && resolve());
        });
        await page.evaluate(
          async ({ index, sdp }) => {
            await (window as unknown as BenchWindow).benchPeers[index]!.setRemoteDescription({
              type: 'answer',
              sdp,
            });
          },
          { index: i, sdp: pc.localDescription!.sdp },
        );
        viewers.push({ pc, stats });
      }
      // Warm up (bandwidth estimation ramps up), then measure.
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      for (const viewer of viewers) Object.assign(viewer.stats, { frames: 0, bytes: 0 });
      const startedAt = performance.now();
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
      const elapsed = (performance.now() - startedAt) / 1000;
      const sent = await page.evaluate(async () => {
        const result: { fps: number; reason: string }[] = [];
        for (const pc of (window as unknown as BenchWindow).benchPeers as RTCPeerConnection[]) {
          const report = await pc.getStats();
          report.forEach(
            (entry: {
              type: string;
              kind?: string;
              framesPerSecond?: number;
              qualityLimitationReason?: string;
            }) => {
              if (entry.type === 'outbound-rtp' && entry.kind === 'video')
                result.push({
                  fps: entry.framesPerSecond ?? 0,
                  reason: entry.qualityLimitationReason ?? 'none',
                });
            },
          );
        }
        return result;
      });
      const received = viewers.map((viewer) => viewer.stats.frames / elapsed);
      const kbps = viewers.map((viewer) => (viewer.stats.bytes * 8) / elapsed / 1000);
      const avg = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
      const reasons = [...new Set(sent.map((s) => s.reason))].join('/');
      rows.push(
        `N=${String(n).padStart(2)}  presenter sent fps avg ${avg(sent.map((s) => s.fps)).toFixed(1)} (min ${Math.min(...sent.map((s) => s.fps)).toFixed(1)})  limitation ${reasons}  ` +
          `viewers received fps avg ${avg(received).toFixed(1)} (min ${Math.min(...received).toFixed(1)})  kbit/s per viewer ${avg(kbps).toFixed(0)}  total ${((avg(kbps) * n) / 1000).toFixed(1)} Mbit/s`,
      );
      print(rows.at(-1));
      for (const viewer of viewers) await viewer.pc.close();
      await page.close();
    }
  } finally {
    await browser.close();
    blank.close();
  }
  return rows;
}

export async function runMediaBench(options: {
  calls: number;
  pollMs: number;
  viewers: number[];
  width: number;
  height: number;
  seconds: number;
}) {
  print(
    `(a) call set-up through the app's signalling: ${options.calls} calls, werift peers, reads every ${options.pollMs} ms`,
  );
  const times = await measureSetup(options.calls, options.pollMs);
  print(
    `    median ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`,
  );
  print(
    `(b) one presenter (Chromium fake camera ${options.width}x${options.height}@30) → N werift viewers, ${options.seconds} s each`,
  );
  await measureViewers(options.viewers, options.width, options.height, options.seconds);
}

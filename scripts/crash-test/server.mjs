// The server under test as a child process on 127.0.0.1, and a small cookie + CSRF HTTP client.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * One server process: the source through tsx's loader (the code as it is now; one process, so
 * kill -9 hits the server itself, not a wrapper), or the bundle with `dist`.
 */
export function startServer({ env, port, log, dist }) {
  const entry = dist ? ['apps/server/dist/main.js'] : ['--import', 'tsx', 'apps/server/src/main.ts'];
  const out = fs.openSync(log, 'a');
  const child = spawn(process.execPath, entry, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
      ...env,
    },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, port, base: `http://127.0.0.1:${port}`, exited };
}

export async function killHard(server) {
  server.child.kill('SIGKILL');
  await server.exited;
}

/** SIGTERM: the server closes the database cleanly (main.ts). */
export async function stopServer(server) {
  server.child.kill('SIGTERM');
  const result = await Promise.race([server.exited, sleep(60_000, 'timeout')]);
  if (result === 'timeout') await killHard(server);
}

export async function isHealthy(server) {
  try {
    const response = await fetch(`${server.base}/healthz`, { signal: AbortSignal.timeout(2_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

/** Polls /healthz until 200; false if the process exits or `timeoutMs` passes. */
export async function waitHealthy(server, timeoutMs) {
  let exited = false;
  server.exited.then(() => {
    exited = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !exited) {
    if (await isHealthy(server)) return true;
    await sleep(250);
  }
  return false;
}

/** A browser-like client: keeps each area's session cookie and sends its CSRF token on writes. */
export class Client {
  constructor(base) {
    this.base = base;
    this.cookies = new Map();
    this.csrf = new Map();
  }

  async request(method, url, body) {
    const area = url.match(/^\/api\/(?:auth\/)?(seeker|employer|university|ops|centre)\b/)?.[1];
    const headers = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (area && this.csrf.has(area) && method !== 'GET') headers['x-csrf-token'] = this.csrf.get(area);
    const response = await fetch(this.base + url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const text = await response.text();
    const parsed = response.headers.get('content-type')?.includes('json') && text ? JSON.parse(text) : text;
    if (area && parsed?.csrfToken) this.csrf.set(area, parsed.csrfToken);
    return { status: response.status, body: parsed };
  }

  get(url) {
    return this.request('GET', url);
  }

  post(url, body = {}) {
    return this.request('POST', url, body);
  }

  delete(url) {
    return this.request('DELETE', url);
  }

  async login(area, account, password) {
    const response = await this.post(`/api/auth/${area}/login`, { account, password });
    if (response.status !== 200) throw new Error(`${area} login ${account}: ${response.status}`);
    return response.body;
  }
}

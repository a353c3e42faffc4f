import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app';

// Issue 10: the server serves the built web app like a production web server, with security
// headers on every response.

function makeDist(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openrecruit-dist-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  const script = `console.log(${JSON.stringify('开放招聘'.repeat(400))});`;
  fs.writeFileSync(path.join(dir, 'assets', 'app-abc123.js'), script);
  fs.writeFileSync(path.join(dir, 'assets', 'app-abc123.js.br'), zlib.brotliCompressSync(script));
  fs.writeFileSync(path.join(dir, 'robots.txt'), 'User-agent: *\nDisallow: /api/\n');
  return dir;
}

describe('serving the web app', () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = makeDist();
    t = await buildTestApp({ env: { WEB_DIST_DIR: dist } });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('revalidates pages and keeps hashed assets for a year', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/m/jobs' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body).toContain('id="root"');
    const asset = await t.app.inject({ method: 'GET', url: '/assets/app-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('sends the brotli file to a browser that accepts it', async () => {
    const asset = await t.app.inject({
      method: 'GET',
      url: '/assets/app-abc123.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(asset.headers['content-encoding']).toBe('br');
    expect(String(asset.headers.vary)).toContain('accept-encoding');
    expect(zlib.brotliDecompressSync(asset.rawPayload).toString()).toContain('开放招聘');
  });

  it('answers HEAD on pages, serves robots.txt, and 404s unknown files instead of the page', async () => {
    expect((await t.app.inject({ method: 'HEAD', url: '/employer/jobs' })).statusCode).toBe(200);
    const robots = await t.app.inject({ method: 'GET', url: '/robots.txt' });
    expect(robots.statusCode).toBe(200);
    expect(robots.body).toContain('Disallow: /api/');
    expect((await t.app.inject({ method: 'GET', url: '/assets/deleted-chunk.js' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/m/old-file.css' })).statusCode).toBe(404);
  });

  it('sends security headers on pages and API answers', async () => {
    for (const url of ['/m', '/api/public/dictionaries']) {
      const response = await t.app.inject({ method: 'GET', url });
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(response.headers['permissions-policy']).toContain('geolocation=()');
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
  });
});

describe('HSTS when the deployment is HTTPS-only', () => {
  it('sends Strict-Transport-Security with HSTS_MAX_AGE', async () => {
    const t = await buildTestApp({ env: { HSTS_MAX_AGE: '31536000' } });
    try {
      const response = await t.app.inject({ method: 'GET', url: '/healthz' });
      expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await t.close();
    }
  });
});

describe('production defaults', () => {
  it('hides the developer aids unless DEV_TOOLS=true, and marks session cookies Secure', async () => {
    const t = await buildTestApp({ env: { NODE_ENV: 'production', DEMO_MODE: 'true' } });
    try {
      for (const url of ['/dev/sms', '/dev/captcha/anything', '/dev/wechat', '/dev/mail']) {
        expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(404);
      }
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/ops/login',
        payload: { account: 'nobody', password: 'wrong-password' },
      });
      expect(login.statusCode).toBe(401);
      expect(t.app.ctx.config.cookieSecure).toBe(true);
    } finally {
      await t.close();
    }
  });

  it('counts the socket address, not X-Forwarded-For, unless a proxy is configured', async () => {
    const t = await buildTestApp();
    try {
      const statuses: number[] = [];
      for (let guess = 0; guess < 40; guess++) {
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/auth/ops/login',
          remoteAddress: '203.0.113.9',
          headers: { 'x-forwarded-for': `198.18.${guess}.1` },
          payload: { account: `guess${guess}`, password: 'wrong-password' },
        });
        statuses.push(response.statusCode);
      }
      // Seed of docs/decisions/004: at most 30 failures per client address in 15 minutes.
      expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(10);
    } finally {
      await t.close();
    }
  });
});

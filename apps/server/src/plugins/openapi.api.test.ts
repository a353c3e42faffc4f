import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app';

// Issue 10: /openapi.json is clean under Redocly's recommended rules, so that a university's or a
// government system's generator can make a client from it.

const root = path.resolve(import.meta.dirname, '../../../..');

describe('the OpenAPI document', () => {
  let t: TestApp;
  let spec: Record<string, any>;
  beforeAll(async () => {
    t = await buildTestApp();
    spec = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
  });
  afterAll(() => t.close());

  it('gives every operation an id, its security and an error answer', () => {
    const operations = Object.values(spec.paths as Record<string, Record<string, any>>).flatMap((item) =>
      Object.values(item),
    );
    expect(operations.length).toBeGreaterThan(100);
    const ids = operations.map((operation) => operation.operationId);
    expect(new Set(ids).size).toBe(operations.length);
    for (const operation of operations) {
      expect(operation.security, operation.operationId).toBeDefined();
      expect(
        Object.keys(operation.responses).some((status) => status.startsWith('4')),
        operation.operationId,
      ).toBe(true);
    }
    const login = spec.paths['/api/auth/seeker/login'].post;
    expect(login.security).toEqual([]);
    expect(spec.paths['/api/seeker/applications'].get.security).toEqual([
      { seekerSession: [] },
      { bearer: [] },
    ]);
  });

  it('serves the docs page with its own CSP, without forcing HTTPS on a plain-HTTP setup', async () => {
    const docs = await t.app.inject({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    const csp = String(docs.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it('passes redocly lint with the recommended rules', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'openrecruit-openapi-')), 'openapi.json');
    fs.writeFileSync(file, JSON.stringify(spec));
    const result = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules/@redocly/cli/bin/cli.js'),
        'lint',
        file,
        `--config=${path.join(root, 'redocly.yaml')}`,
        '--format=summary',
        '--max-problems=50',
      ],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', CI: 'true' },
        timeout: 120_000,
      },
    );
    const output = `${result.stdout}\n${result.stderr}`;
    expect(output, output).toMatch(/Woohoo! Your API description is valid|validated in/);
    expect(output, output).not.toMatch(/\berror\b\s+[\w-]+:/);
    expect(output, output).not.toMatch(/\bwarning\b\s+[\w-]+:/);
    expect(result.status, output).toBe(0);
  }, 150_000);
});

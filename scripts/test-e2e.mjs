#!/usr/bin/env node
// Browser tests: builds the platform, then Playwright drives the system Chromium against a fresh
// server on the demo data (e2e/playwright.config.ts). Without Chromium: a loud skip, or a failure in CI.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { findChromium } from './find-chromium.mjs';

const root = path.resolve(import.meta.dirname, '..');
const chromium = findChromium();
if (!chromium) {
  const banner = [
    '',
    '################################################################################',
    '#  BROWSER TESTS NOT RUN: no Chromium found.                                   #',
    '#  Install the system browser:  sudo apt-get install -y chromium                #',
    '#  or point CHROME_PATH at a Chromium/Chrome binary, then run npm test again.   #',
    '################################################################################',
    '',
  ].join('\n');
  console.error(banner);
  process.exit(process.env.CI === 'true' ? 1 : 0);
}

const step = (command, args, env = {}) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (process.env.E2E_SKIP_BUILD !== 'true') step('npm', ['run', 'build']);
const reporters = process.env.E2E_JSON_REPORT ? ['--reporter=list,json'] : [];
step(
  'npx',
  ['playwright', 'test', '-c', 'e2e/playwright.config.ts', ...reporters, ...process.argv.slice(2)],
  {
    CHROME_PATH: chromium,
    ...(process.env.E2E_JSON_REPORT ? { PLAYWRIGHT_JSON_OUTPUT_NAME: process.env.E2E_JSON_REPORT } : {}),
  },
);

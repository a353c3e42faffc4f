#!/usr/bin/env node
// `npm test`: unit tests, API/database tests on PGlite (and on PostgreSQL when DATABASE_URL is
// set), then the browser tests in Chromium. Ends with one line `tests: N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'openrecruit-test-reports-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;

function run(label, command, args, env = {}) {
  console.info(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) exitCode = 1;
  return result.status;
}

function vitest(label, project, env) {
  const report = path.join(reports, `${label.replace(/\W+/g, '-')}.json`);
  run(
    label,
    'npx',
    [
      'vitest',
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    env,
  );
  if (!fs.existsSync(report)) {
    totals.failed += 1;
    return;
  }
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  totals.passed += json.numPassedTests;
  totals.failed += json.numFailedTests;
  totals.skipped += json.numPendingTests + (json.numTodoTests ?? 0);
}

vitest('unit tests', 'unit', {});
vitest('API and database tests on PGlite', 'db', { TEST_DB_ENGINE: 'pglite' });
if (process.env.DATABASE_URL) {
  vitest('API and database tests on PostgreSQL', 'db', { TEST_DB_ENGINE: 'postgres' });
} else {
  console.info(
    '\nPostgreSQL API tests not run: set DATABASE_URL to a PostgreSQL role that may create databases.',
  );
}

const e2eReport = path.join(reports, 'e2e.json');
const e2eStatus = run('browser tests (Playwright, Chromium)', 'node', ['scripts/test-e2e.mjs'], {
  E2E_JSON_REPORT: e2eReport,
});
if (fs.existsSync(e2eReport)) {
  const stats = JSON.parse(fs.readFileSync(e2eReport, 'utf8')).stats ?? {};
  totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  totals.failed += stats.unexpected ?? 0;
  totals.skipped += stats.skipped ?? 0;
} else if (e2eStatus !== 0) {
  totals.failed += 1;
}

console.info(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(exitCode);

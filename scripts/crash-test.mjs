#!/usr/bin/env node
// `npm run crash-test`: kill -9 the server (a) while the first start loads the demo data, a few
// times, then check a normal start comes up with the whole demo data; (b) under concurrent writes
// through the API, then check every acknowledged write survived and the rules still hold. PGlite
// always, PostgreSQL too when DATABASE_URL is set (a role that may create databases, on this
// machine). Slow: not part of `npm test`. Options: --engine pglite|postgres, --kills 3, --rounds 2,
// --writers 8, --dist (the built bundle instead of the source), --keep (leave the scratch data).
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { createScratch, demoCounts } from './crash-test/engines.mjs';
import {
  Client,
  freePort,
  isHealthy,
  killHard,
  startServer,
  stopServer,
  waitHealthy,
} from './crash-test/server.mjs';
import { checkInvariants, verifyWrites } from './crash-test/verify.mjs';
import { prepareWriters, runWriters, signUpSeeker } from './crash-test/writers.mjs';

const { values } = parseArgs({
  options: {
    engine: { type: 'string' },
    kills: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '2' },
    writers: { type: 'string', default: '8' },
    dist: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const bounded = (name, max) => Math.min(max, Math.max(1, Number.parseInt(values[name], 10) || 1));
const options = {
  kills: bounded('kills', 10),
  rounds: bounded('rounds', 10),
  writers: bounded('writers', 32),
};
const engines = values.engine
  ? [values.engine]
  : ['pglite', ...(process.env.DATABASE_URL ? ['postgres'] : [])];
if (engines.some((engine) => engine !== 'pglite' && engine !== 'postgres')) {
  console.error('--engine must be pglite or postgres');
  process.exit(2);
}
if (engines.includes('postgres') && !process.env.DATABASE_URL) {
  console.error('--engine postgres needs DATABASE_URL');
  process.exit(2);
}
if (values.dist && !fs.existsSync('apps/server/dist/main.js')) {
  console.error('--dist: build first (npm run build)');
  process.exit(2);
}
const START_TIMEOUT_MS = 10 * 60_000;
const DEMO_LOGINS = [
  ['seeker', '310101199101130038', '582046'],
  ['employer', '13900000001', 'Demo@2026'],
  ['employer', '13900000002', 'Demo@2026'],
  ['university', 'career@shenjiang.edu.cn', 'Demo@2026'],
  ['ops', 'ops', 'Demo@2026'],
  ['centre', 'centre.huangpu', 'Demo@2026'],
];
const random = (min, max) => min + Math.random() * (max - min);

async function crashTest(engine) {
  const scratch = await createScratch(engine);
  const log = path.join(scratch.dataDir, 'server.log');
  const result = {
    engine,
    kills: 0,
    killsWhileLoading: 0,
    killsUnderWrites: 0,
    acknowledged: 0,
    found: 0,
    problems: [],
  };
  const start = async () => startServer({ env: scratch.env, port: await freePort(), log, dist: values.dist });
  let server;
  try {
    // a) kill -9 during the first start, while the demo data loads (one transaction: all or nothing).
    // The kill comes 0.5-5 s after the database opened; one that landed before the migrations
    // committed moves the next one 5 s later, so the kills reach the demo load.
    let later = 0;
    for (let k = 0; k < options.kills; k += 1) {
      server = await start();
      await waitDatabaseReady(scratch, server);
      const deadline = Date.now() + later + random(500, 5_000);
      let loaded = false;
      while (Date.now() < deadline && !loaded) {
        loaded = await isHealthy(server);
        await sleep(100);
      }
      await killHard(server);
      result.kills += 1;
      const counts = await demoCounts(scratch).catch((error) => ({ migrated: false, error: error.message }));
      const stage = loaded
        ? 'after the load'
        : counts.migrated
          ? 'during the demo load'
          : 'before the migrations committed';
      if (stage === 'during the demo load') result.killsWhileLoading += 1;
      if (!counts.migrated) later += 5_000;
      console.info(`  [${engine}] kill ${k + 1}: ${stage}, then ${JSON.stringify(counts)}`);
      if (counts.migrated && ![0, 3].includes(counts.universities)) {
        result.problems.push(`half-loaded demo data after kill ${k + 1}`);
      }
      if (loaded) break;
    }
    server = await start();
    if (!(await waitHealthy(server, START_TIMEOUT_MS))) {
      result.problems.push(`no normal start after the kills (see ${log})`);
      return result;
    }
    result.problems.push(...(await checkDemoData(server, scratch)));

    // b) kill -9 under a write load, restart, find every acknowledged write.
    const person = await signUpSeeker(server.base);
    for (let round = 0; round < options.rounds; round += 1) {
      const prepared = await prepareWriters(server.base, { writers: options.writers, person });
      const stop = { now: false };
      const writes = runWriters(prepared.plans, stop, round + 1);
      await sleep(random(1_500, 4_500));
      await killHard(server);
      stop.now = true;
      result.kills += 1;
      result.killsUnderWrites += 1;
      await writes.done;
      server = await start();
      if (!(await waitHealthy(server, START_TIMEOUT_MS))) {
        result.problems.push(`no restart after the kill under load (see ${log})`);
        return result;
      }
      if (engine === 'pglite') await stopServer(server); // the folder is the server's while it runs
      const verified = await verifyWrites(scratch, {
        log: writes.log,
        seekerAccountId: prepared.seekerAccountId,
      });
      const violations = await checkInvariants(scratch);
      const cut = writes.log.filter((e) => e.status === 'unknown').length;
      console.info(
        `  [${engine}] round ${round + 1}: ${writes.log.length} writes sent, ${verified.acknowledged} acknowledged, ` +
          `${verified.found} found after restart, ${cut} cut by the kill, ${verified.problems.length + violations.length} problems`,
      );
      console.info(`  [${engine}] round ${round + 1} by request: ${breakdown(writes.log)}`);
      result.acknowledged += verified.acknowledged;
      result.found += verified.found;
      result.problems.push(...verified.problems, ...violations);
      if (engine === 'pglite') {
        server = await start();
        if (!(await waitHealthy(server, START_TIMEOUT_MS))) result.problems.push('no start after verifying');
      }
    }
    return result;
  } catch (error) {
    result.problems.push(`crash test error: ${error.stack ?? error}`);
    return result;
  } finally {
    if (server) await stopServer(server);
    if (values.keep) console.info(`  [${engine}] kept ${scratch.dataDir}`);
    else await scratch.drop();
  }
}

/** `apply 12 ack / 3 rejected (APPLICATION_QUOTA_FULL) / 1 cut`, per kind of request. */
function breakdown(log) {
  const ops = [...new Set(log.map((e) => e.op))];
  return ops
    .map((op) => {
      const of = (status) => log.filter((e) => e.op === op && e.status === status);
      const codes = [...new Set(of('rejected').map((e) => e.response?.code ?? '?'))].join(',');
      return `${op} ${of('ack').length} ack / ${of('rejected').length} rejected${codes ? ` (${codes})` : ''} / ${of('unknown').length} cut`;
    })
    .join('; ');
}

/** Kill only once the process has the database open: before that there is nothing to cut. */
async function waitDatabaseReady(scratch, server) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && server.child.exitCode === null) {
    if (await scratch.databaseReady(server.child.pid)) return;
    await sleep(50);
  }
}

async function checkDemoData(server, scratch) {
  const problems = [];
  const universities = await new Client(server.base).get('/api/public/universities');
  if (universities.body.length !== 3) problems.push(`${universities.body.length} universities, not 3`);
  for (const [area, account, password] of DEMO_LOGINS) {
    await new Client(server.base)
      .login(area, account, password)
      .catch((error) => problems.push(error.message));
  }
  if (scratch.engine === 'postgres') {
    const counts = await demoCounts(scratch);
    if (counts.companies !== 320 || counts.jobs < 5_200)
      problems.push(`demo data incomplete: ${JSON.stringify(counts)}`);
  }
  return problems;
}

const started = Date.now();
const results = [];
for (const engine of engines) {
  console.info(`crash test on ${engine}…`);
  results.push(await crashTest(engine));
}
const columns = [
  'engine  ',
  'kills',
  'during demo load',
  'under writes',
  'acknowledged',
  'found',
  'problems',
];
console.info(`\n${columns.join('  ')}`);
for (const r of results) {
  const cells = [
    r.engine,
    r.kills,
    r.killsWhileLoading,
    r.killsUnderWrites,
    r.acknowledged,
    r.found,
    r.problems.length,
  ];
  console.info(
    cells
      .map((cell, i) =>
        i === 0 ? String(cell).padEnd(columns[i].length) : String(cell).padStart(columns[i].length),
      )
      .join('  '),
  );
  for (const problem of r.problems.slice(0, 20)) console.info(`  ${r.engine}: ${problem}`);
}
console.info(`crash test finished in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(results.some((r) => r.problems.length > 0 || r.found < r.acknowledged) ? 1 : 0);

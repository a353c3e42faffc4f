import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { residentIdCheckChar, type SearchJobsResult } from '@openrecruit/shared';
import { count, eq } from 'drizzle-orm';
import { buildApp } from '../../apps/server/src/app';
import { loadConfig } from '../../apps/server/src/config';
import type { AppContext } from '../../apps/server/src/context';
import type { Database } from '../../apps/server/src/db/client';
import { jobs, seekers } from '../../apps/server/src/db/schema';
import { createSeekerAccount } from '../../apps/server/src/db/seed/accounts';
import { createBenchDatabase, type Engine } from './bench-database';
import { BenchClient, type Latency, measureLatency, measureThroughput } from './http-load';
import { loadJobs } from './load-jobs';
import { measureNaiveSearch } from './naive-search';
import { printReport, type ReportRow } from './search-report';
import { chooseShapes, type Shape, searchPath } from './search-shapes';

export interface SearchBenchOptions {
  engine: Engine;
  jobs: number;
  /** Reuse a database left by --keep (its name, or the PGlite folder): no load. */
  database?: string;
  keep: boolean;
  sequential: number;
  concurrent: number;
  concurrency: number;
  naive: number;
  deepPage: number;
}

const ID_BODY = '31010119900101003';
const SEEKER = {
  name: '压测用户',
  idNumber: ID_BODY + residentIdCheckChar(ID_BODY),
  mobile: '13800000000',
  bankCard: '6222021001116220002',
  password: '582046',
};

/**
 * `npm run bench:search`: loads the data set into a scratch database, starts the real server on a
 * loopback port, logs a seeker in, and measures every query shape over HTTP, with the naive
 * ILIKE query beside it.
 */
export async function runSearchBench(options: SearchBenchOptions) {
  const bench = await createBenchDatabase({ engine: options.engine, reuse: options.database });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openrecruit-bench-data-'));
  const handle = await bench.open(options.concurrency);
  try {
    if (!bench.reused) await loadJobs(handle.db, options.jobs);
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      PII_KEY: randomBytes(32).toString('base64'),
    });
    const app = await buildApp({ config, database: handle, logger: false });
    try {
      await app.listen({ host: '127.0.0.1', port: 0 });
      const address = app.server.address();
      const client = new BenchClient(typeof address === 'object' && address ? address.port : 0);
      await loginSeeker(app.ctx, handle.db, client);
      const rows: ReportRow[] = [];
      for (const shape of await chooseShapes(handle.db)) {
        rows.push(...(await measureShape(client, handle.db, shape, options)));
        console.info(`[bench] measured ${shape.name}`);
      }
      client.close();
      printReport({ engine: options.engine, jobs: await countJobs(handle.db), rows, options });
    } finally {
      await app.close();
    }
  } finally {
    await handle.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (options.keep)
      console.info(
        `[bench] kept the database: --database ${bench.reused ? options.database : bench.location}`,
      );
    else await bench.drop();
  }
}

async function loginSeeker(ctx: AppContext, db: Database, client: BenchClient) {
  const existing = await db.select().from(seekers).limit(1);
  if (existing.length === 0) {
    const account = await createSeekerAccount(ctx, SEEKER);
    await db
      .update(seekers)
      .set({ education: '20', politicalStatus: '13', profileCompletedAt: new Date() })
      .where(eq(seekers.accountId, account.id));
  }
  const login = await client.request<{ token: string }>('POST', '/api/auth/seeker/login', {
    account: SEEKER.idNumber,
    password: SEEKER.password,
    tokenType: 'bearer',
  });
  if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`);
  client.authenticate(login.body.token);
}

async function measureShape(client: BenchClient, db: Database, shape: Shape, options: SearchBenchOptions) {
  const first = await client.get<SearchJobsResult>(searchPath(shape));
  const results = first.totalCapped ? `${first.total}+` : String(first.total);
  const naive = await measureNaiveSearch(db, shape, options.naive);
  const rows: ReportRow[] = [
    { shape, page: 1, results, ...(await measurePath(client, searchPath(shape), options)), naive },
  ];
  // A deep page: follow the cursors from page 1, then measure that page.
  let cursor = first.nextCursor;
  for (let page = 2; page < options.deepPage && cursor; page++) {
    cursor = (await client.get<SearchJobsResult>(searchPath(shape, cursor))).nextCursor;
  }
  if (cursor) {
    rows.push({
      shape,
      page: options.deepPage,
      results,
      ...(await measurePath(client, searchPath(shape, cursor), options)),
    });
  }
  return rows;
}

async function measurePath(
  client: BenchClient,
  path: string,
  options: SearchBenchOptions,
): Promise<{ latency: Latency; throughput: number }> {
  const task = () => client.get(path);
  return {
    latency: await measureLatency(task, options.sequential),
    throughput: await measureThroughput(task, options.concurrent, options.concurrency),
  };
}

async function countJobs(db: Database) {
  const [row] = await db.select({ n: count() }).from(jobs);
  return row?.n ?? 0;
}

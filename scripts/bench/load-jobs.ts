import { sql } from 'drizzle-orm';
import type { Database } from '../../apps/server/src/db/client';
import { companies, jobs } from '../../apps/server/src/db/schema';
import { generateCompanies } from '../../apps/server/src/db/seed/company-factory';
import { generateJobs } from '../../apps/server/src/db/seed/job-factory';
import { createRandom } from '../../apps/server/src/db/seed/random';
import { rowsOf } from '../../apps/server/src/lib/sql-rows';
import { indexNewJobs } from '../../apps/server/src/modules/jobs/reindex-jobs';

const JOBS_PER_BATCH = 50_000;
const ROWS_PER_INSERT = 1_000;
/** A tenth of the postings are offline, as on a live board: the search must never show them. */
const OFFLINE_SHARE = 0.1;

const log = (message: string) => console.info(`[bench] ${message}`);

/**
 * Fills an empty database with `total` realistic jobs from the demo generators (deterministic),
 * then builds the search index with the application's own bulk path (`indexNewJobs`). The index's
 * btrees are dropped during the load and built once at the end, as any bulk load should.
 */
export async function loadJobs(db: Database, total: number) {
  const started = Date.now();
  const random = createRandom(20261121);
  const seeds = generateCompanies(Math.max(50, Math.min(5_000, Math.round(total / 200))), random);
  const companyIds: string[] = [];
  for (let i = 0; i < seeds.length; i += ROWS_PER_INSERT) {
    const rows = seeds
      .slice(i, i + ROWS_PER_INSERT)
      .map((seed) => ({ ...seed, verificationState: 'verified' as const }));
    const inserted = await db.insert(companies).values(rows).returning({ id: companies.id });
    companyIds.push(...inserted.map((row) => row.id));
  }
  const employers = seeds.map((seed, i) => ({ id: companyIds[i]!, seed }));

  const restore = await dropSearchIndexes(db);
  let loaded = 0;
  while (loaded < total) {
    const batch = generateJobs({
      companies: employers,
      total: Math.min(JOBS_PER_BATCH, total - loaded),
      random,
      now: new Date(),
    });
    const ids: string[] = [];
    for (let i = 0; i < batch.length; i += ROWS_PER_INSERT) {
      const rows = batch.slice(i, i + ROWS_PER_INSERT).map((job) => ({
        ...job,
        state: random.chance(OFFLINE_SHARE) ? ('offline' as const) : ('recruiting' as const),
      }));
      ids.push(...(await db.insert(jobs).values(rows).returning({ id: jobs.id })).map((row) => row.id));
    }
    await indexNewJobs(db, ids);
    loaded += batch.length;
    log(`${loaded.toLocaleString('en')} jobs loaded and indexed (${seconds(started)})`);
  }
  log(`building the search index btrees (${seconds(started)})`);
  await restore();
  await db.execute(sql`VACUUM ANALYZE`);
  log(`load finished in ${seconds(started)}`);
}

/** Drops the search table's constraints and indexes; returns a function that builds them again. */
async function dropSearchIndexes(db: Database): Promise<() => Promise<void>> {
  const constraints = rowsOf<{ name: string; definition: string }>(
    await db.execute(sql`SELECT conname AS name, pg_get_constraintdef(oid) AS definition
      FROM pg_constraint WHERE conrelid = 'job_search_terms'::regclass AND contype IN ('p', 'f', 'u')`),
  );
  const indexes = rowsOf<{ definition: string }>(
    await db.execute(sql`SELECT indexdef AS definition FROM pg_indexes
      WHERE tablename = 'job_search_terms'
        AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'job_search_terms'::regclass)`),
  );
  for (const { name } of constraints)
    await db.execute(sql.raw(`ALTER TABLE job_search_terms DROP CONSTRAINT ${name}`));
  for (const { definition } of indexes) {
    const name = definition.match(/INDEX (\S+)/)?.[1];
    if (name) await db.execute(sql.raw(`DROP INDEX IF EXISTS ${name}`));
  }
  return async () => {
    await db.execute(sql`SET maintenance_work_mem = '256MB'`);
    for (const { name, definition } of constraints) {
      await db.execute(sql.raw(`ALTER TABLE job_search_terms ADD CONSTRAINT ${name} ${definition}`));
    }
    for (const { definition } of indexes) await db.execute(sql.raw(definition));
  };
}

function seconds(since: number) {
  return `${((Date.now() - since) / 1000).toFixed(0)} s`;
}

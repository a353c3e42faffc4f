#!/usr/bin/env node
// `npm run bench:search -- --engine postgres --jobs 1000000` (DATABASE_URL: a role that may create
// databases) or `-- --engine pglite --jobs 100000`: loads a scratch database, starts the server on a
// loopback port and measures the job search shapes (docs/decisions/008-job-search.md).
// --keep leaves the database; --database <name or folder> reuses it without loading.
import { parseArgs } from 'node:util';
import { runSearchBench } from './bench/search-bench.ts';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'pglite' },
    jobs: { type: 'string', default: '100000' },
    database: { type: 'string' },
    keep: { type: 'boolean', default: false },
    requests: { type: 'string', default: '60' },
    concurrent: { type: 'string', default: '320' },
    concurrency: { type: 'string', default: '32' },
    naive: { type: 'string', default: '10' },
    'deep-page': { type: 'string', default: '50' },
  },
});

if (values.engine !== 'pglite' && values.engine !== 'postgres') {
  console.error('--engine must be pglite or postgres');
  process.exit(2);
}
const number = (name, min, max) => {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`--${name} must be a whole number from ${min} to ${max}`);
    process.exit(2);
  }
  return value;
};

await runSearchBench({
  engine: values.engine,
  jobs: number('jobs', 100, 5_000_000),
  database: values.database,
  keep: values.keep,
  sequential: number('requests', 50, 10_000),
  concurrent: number('concurrent', 32, 100_000),
  concurrency: number('concurrency', 1, 256),
  naive: number('naive', 1, 1_000),
  deepPage: number('deep-page', 2, 1_000),
});

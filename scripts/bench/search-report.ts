import type { Latency } from './http-load';
import { describeFilters, type Shape } from './search-shapes';

export interface ReportRow {
  shape: Shape;
  page: number;
  /** What the API says: the exact count or "10000+". */
  results: string;
  latency: Latency;
  throughput: number;
  naive?: { page: Latency; count: Latency; total: number };
}

const ms = (value: number) => value.toFixed(1);

/** The benchmark table, in Markdown so it can go into docs/decisions/008-job-search.md as it is. */
export function printReport(report: {
  engine: string;
  jobs: number;
  rows: ReportRow[];
  options: { sequential: number; concurrent: number; concurrency: number; naive: number };
}) {
  const { options } = report;
  console.info(
    `\n${report.engine}, ${report.jobs.toLocaleString('en')} jobs; filters: ${describeFilters({ area: '310104', education: '20', age: 30 })}; ` +
      `rare filters: ${describeFilters({ education: '10', workNature: '02', age: 50 })}`,
  );
  console.info(
    `Latency over HTTP in ms at concurrency 1 (${options.sequential} requests), throughput at concurrency ` +
      `${options.concurrency} (${options.concurrent} requests); naive ILIKE p50 in ms (${options.naive} runs)\n`,
  );
  const header = ['shape', 'page', 'results', 'p50', 'p95', 'p99', 'req/s @32', 'naive page', 'naive count'];
  const lines = report.rows.map((row) => [
    row.shape.name,
    String(row.page),
    row.results,
    ms(row.latency.p50),
    ms(row.latency.p95),
    ms(row.latency.p99),
    row.throughput.toFixed(0),
    row.naive ? ms(row.naive.page.p50) : '',
    row.naive ? `${ms(row.naive.count.p50)} (${row.naive.total})` : '',
  ]);
  console.info(`| ${header.join(' | ')} |`);
  console.info(`| ${header.map((_, i) => (i < 3 ? '---' : '---:')).join(' | ')} |`);
  for (const line of lines) console.info(`| ${line.join(' | ')} |`);
  const worst = Math.max(...report.rows.map((row) => row.latency.p95));
  console.info(`\nworst p95: ${ms(worst)} ms`);
}

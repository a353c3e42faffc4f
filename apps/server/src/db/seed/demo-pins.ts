import type { Executor } from '../client';
import { jobPins } from '../schema';

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

interface SeededJob {
  id: string;
  companyId: string;
  workArea: string;
}

/**
 * A few 置顶 (seed 002) so the demo search shows pinned jobs on top: two of the demo employer's
 * jobs (city-wide and in its district), one city-wide job, and one job in each of 徐汇 and 黄浦,
 * from a week ago to a week ahead (Asia/Shanghai calendar days).
 */
export async function seedDemoPins(
  db: Executor,
  options: { jobs: SeededJob[]; demoCompanyId: string; now: Date },
) {
  const { jobs, demoCompanyId } = options;
  const day = (offset: number) =>
    new Date(options.now.getTime() + SHANGHAI_OFFSET_MS + offset * DAY_MS).toISOString().slice(0, 10);
  const others = jobs.filter((job) => job.companyId !== demoCompanyId);
  const demo = jobs.filter((job) => job.companyId === demoCompanyId);
  const firstIn = (area: string) => others.find((job) => job.workArea === area);
  const picks = [
    { job: demo[0], areas: ['310000'] },
    { job: demo[1], areas: [demo[1]?.workArea ?? '310115'] },
    { job: firstIn('310000'), areas: ['310000'] },
    { job: firstIn('310104'), areas: ['310104'] },
    { job: firstIn('310101'), areas: ['310101'] },
  ].filter((pick): pick is { job: SeededJob; areas: string[] } => pick.job !== undefined);
  await db
    .insert(jobPins)
    .values(picks.map(({ job, areas }) => ({ jobId: job.id, areas, startDate: day(-7), endDate: day(7) })));
  return picks.length;
}

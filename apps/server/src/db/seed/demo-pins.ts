import { and, asc, eq } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { grantCompanyRights } from '../../modules/mall/grant-company-rights';
import { consumeRight } from '../../modules/talent/rights';
import type { Executor } from '../client';
import { accounts, jobPins, jobs } from '../schema';

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

/**
 * 置顶 costs 职位置顶 days (decision 018): the demo's pins, booked before anyone could sign in,
 * are paid through the ledger once the rights exist (after seedDemoMall and seedDemoMemberships),
 * so 使用记录 shows them. The demo company pays from the days it bought; the other companies,
 * which have no console user, are granted what their pin needs first (a `demo_grant`).
 */
export async function payForDemoPins(
  ctx: AppContext,
  options: { demoCompanyId: string; operatorAccountId: string; now?: Date },
) {
  const now = options.now ?? new Date();
  const pins = await ctx.db
    .select({
      id: jobPins.id,
      jobId: jobPins.jobId,
      startDate: jobPins.startDate,
      endDate: jobPins.endDate,
      companyId: jobs.companyId,
      createdBy: jobPins.createdBy,
    })
    .from(jobPins)
    .innerJoin(jobs, eq(jobs.id, jobPins.jobId))
    .orderBy(asc(jobPins.startDate), asc(jobPins.createdAt));
  const [admin] = await ctx.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.companyId, options.demoCompanyId), eq(accounts.companyRole, 'admin')));
  for (const pin of pins) {
    const days = (Date.parse(pin.endDate) - Date.parse(pin.startDate)) / DAY_MS + 1;
    const own = pin.companyId === options.demoCompanyId;
    await ctx.db.transaction(async (tx) => {
      if (!own)
        await grantCompanyRights(tx, {
          companyId: pin.companyId,
          key: `demo:${pin.companyId}:job_pin:${pin.id}`,
          purpose: 'demo_grant',
          reference: `company:${pin.companyId}`,
          requestedBy: options.operatorAccountId,
          contents: [{ right: 'job_pin', quantity: days }],
          expiresAt: new Date(now.getTime() + 30 * DAY_MS),
        });
      await consumeRight(tx, {
        companyId: pin.companyId,
        right: 'job_pin',
        reference: `job_pin:${pin.jobId}:${pin.id}`,
        quantity: days,
        usedBy: own ? (pin.createdBy ?? admin?.id ?? null) : null,
      });
    });
  }
  return pins.length;
}

import { type JobPinInput, type JobPinView, live, PIN_MAX_DAYS } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { shanghaiDate } from '../../lib/shanghai-time';
import type { CompanyMember } from '../../plugins/access';
import { consumeRight } from '../talent/rights';
import {
  findOverlappingPin,
  findPinsOfJob,
  insertPin,
  lockCompanyJob,
  type PinRow,
} from './employer-jobs.repository';
import { jobMachine } from './job-machine';
import { jobNotFound } from './job-policy';
import { announceJobChange } from './job-values';
import { mapPin } from './map-employer-job';

// Seed 002 置顶: a 招聘中 job shown first to seekers searching the chosen areas on the chosen
// Asia/Shanghai days (the search reads job_pins; docs/decisions/008-job-search.md).

const DAY_MS = 86_400_000;
/** A pin is booked at most this far ahead. */
const PIN_LEAD_DAYS_MAX = 90;

function dayNumber(date: string, field: string): number {
  const at = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(at) || new Date(at).toISOString().slice(0, 10) !== date)
    throw AppError.fieldError(field, '请选择正确的日期');
  return at / DAY_MS;
}

/** The dates as Asia/Shanghai calendar days: from today, end not before start, at most 30 days. */
function checkPinDates(startDate: string, endDate: string, today: string) {
  const start = dayNumber(startDate, 'startDate');
  const end = dayNumber(endDate, 'endDate');
  const first = dayNumber(today, 'startDate');
  if (start < first) throw AppError.fieldError('startDate', '置顶开始日期不能早于今天');
  if (start > first + PIN_LEAD_DAYS_MAX)
    throw AppError.fieldError('startDate', `置顶开始日期不能晚于${PIN_LEAD_DAYS_MAX}天后`);
  if (end < start) throw AppError.fieldError('endDate', '置顶结束日期不能早于开始日期');
  if (end - start + 1 > PIN_MAX_DAYS) throw AppError.fieldError('endDate', `每次置顶最长${PIN_MAX_DAYS}天`);
}

/**
 * The days of the new pin that no pin of the job covers yet (in any area): a 职位置顶 day is one
 * job shown first on one day in the areas its pins name, so another area on a day already paid,
 * or a pin that continues one, costs only the days it adds (decision 018).
 */
export function unpaidPinDays(startDate: string, endDate: string, earlier: PinRow[]): number {
  const start = dayNumber(startDate, 'startDate');
  const end = dayNumber(endDate, 'endDate');
  const paid = new Set<number>();
  for (const pin of earlier) {
    const from = Math.max(start, dayNumber(pin.startDate, 'startDate'));
    const to = Math.min(end, dayNumber(pin.endDate, 'endDate'));
    for (let day = from; day <= to; day += 1) paid.add(day);
  }
  return end - start + 1 - paid.size;
}

export interface PinJobOptions {
  member: CompanyMember;
  jobId: string;
  input: z.output<typeof JobPinInput>;
}

/**
 * 置顶 a 招聘中 job in some areas for some days; pins of one job never overlap in an area. The days
 * no earlier pin of the job covers use as many 职位置顶 (unit 天) in the pin's transaction, keyed by
 * the pin (`job_pin:<jobId>:<pinId>`): too few left is RIGHT_EXHAUSTED and nothing is booked.
 */
export async function pinJob(ctx: AppContext, options: PinJobOptions): Promise<JobPinView> {
  const { member, jobId, input } = options;
  const today = shanghaiDate();
  const pin = await ctx.db.transaction(async (tx) => {
    // The job lock serialises pins of one job: a double click books one pin, the second overlaps.
    const job = await lockCompanyJob(tx, member.companyId, jobId);
    if (!job) throw jobNotFound();
    jobMachine.advance(job.state, 'pin');
    checkPinDates(input.startDate, input.endDate, today);
    const areas = [...input.areas].sort();
    if (await findOverlappingPin(tx, { jobId, areas, startDate: input.startDate, endDate: input.endDate }))
      throw new AppError('PIN_OVERLAP', '该职位在所选日期和城市已有置顶，请调整日期或城市');
    const days = unpaidPinDays(input.startDate, input.endDate, await findPinsOfJob(tx, jobId));
    const booked = await insertPin(tx, {
      jobId,
      areas,
      startDate: input.startDate,
      endDate: input.endDate,
      createdBy: member.accountId,
    });
    if (days > 0)
      await consumeRight(tx, {
        companyId: member.companyId,
        right: 'job_pin',
        reference: `job_pin:${jobId}:${booked.id}`,
        quantity: days,
        usedBy: member.accountId,
      });
    return { booked, days };
  });
  await announceJobChange(ctx, member, jobId);
  if (pin.days > 0)
    await publishAfterCommit(
      ctx,
      live.company(member.companyId, { type: 'rights.changed', data: { right: 'job_pin' } }),
    );
  return mapPin(pin.booked, today);
}

import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { shanghaiDate } from '../../lib/shanghai-time';
import type { CompanyMember } from '../../plugins/access';
import { endPin, findPin, lockCompanyJob } from './employer-jobs.repository';
import { jobNotFound } from './job-policy';
import { announceJobChange } from './job-values';

export interface CancelJobPinOptions {
  member: CompanyMember;
  jobId: string;
  pinId: string;
}

/** 取消置顶: a coming pin is removed, a running one ends yesterday; an ended one cannot change. */
export async function cancelJobPin(ctx: AppContext, options: CancelJobPinOptions): Promise<void> {
  const { member, jobId, pinId } = options;
  const today = shanghaiDate();
  await ctx.db.transaction(async (tx) => {
    if (!(await lockCompanyJob(tx, member.companyId, jobId))) throw jobNotFound();
    const pin = await findPin(tx, jobId, pinId);
    if (!pin) throw new AppError('NOT_FOUND', '置顶记录不存在');
    if (pin.endDate < today) throw new AppError('INVALID_STATE', '该置顶已结束');
    await endPin(tx, pin, today);
  });
  await announceJobChange(ctx, member, jobId);
}

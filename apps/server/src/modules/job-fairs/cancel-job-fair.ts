import { live, type UniversityJobFairDetail } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { requireFound, type UniversityStaff } from '../../plugins/access';
import { notifyAccount } from '../notifications/notify-account';
import { getUniversityJobFair } from './get-university-job-fair';
import { jobFairMachine } from './job-fair-machines';
import { dropFairTodo } from './job-fair-todo';
import {
  deleteFairBooking,
  findRegistrationsOfFairs,
  lockJobFair,
  markReviewPayload,
  moveJobFair,
} from './job-fairs.repository';

export interface CancelJobFairOptions {
  staff: UniversityStaff;
  fairId: string;
}

/**
 * 取消双选会: the fair leaves the venue calendar and the approved companies' calendars; every
 * company with a current registration is told. Their registrations stay as they were (the fair
 * shows 已取消); a pending one's review can only be rejected now.
 */
export async function cancelJobFair(
  ctx: AppContext,
  options: CancelJobFairOptions,
): Promise<UniversityJobFairDetail> {
  const { staff, fairId } = options;
  const { fair, current } = await ctx.db.transaction(async (tx) => {
    const locked = requireFound(await lockJobFair(tx, fairId, staff.universityId), '双选会不存在');
    const to = jobFairMachine.advance(locked.state, 'cancel');
    const updated = await moveJobFair(tx, fairId, jobFairMachine.sources('cancel'), to);
    if (!updated) throw new AppError('JOB_FAIR_CANCELLED');
    await deleteFairBooking(tx, fairId);
    const current = await findRegistrationsOfFairs(tx, [fairId], { states: ['pending', 'approved'] });
    const now = new Date();
    for (const { registration } of current) {
      await dropFairTodo(tx, registration);
      if (registration.state === 'pending' && registration.reviewRequestId)
        await markReviewPayload(tx, registration.reviewRequestId, 'fairCancelledAt', now);
    }
    return { fair: updated, current };
  });
  for (const { registration } of current)
    await notifyAccount(ctx, {
      accountId: registration.applicantAccountId,
      kind: 'job_fair_cancelled',
      title: '双选会已取消',
      body: `贵单位报名的双选会“${fair.title}”已被主办高校取消。`,
      link: '/employer/campus/job-fairs',
      data: { fairId },
    });
  await publishAfterCommit(
    ctx,
    live.university(staff.universityId, { type: 'job-fairs.changed', data: { fairId } }),
    ...[...new Set(current.map((view) => view.registration.companyId))].map((companyId) =>
      live.company(companyId, { type: 'job-fairs.changed', data: { fairId } }),
    ),
  );
  return getUniversityJobFair(ctx, { staff, fairId });
}

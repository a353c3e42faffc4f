import { type JobFairRegistration, live } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { getEmployerRegistration } from './get-employer-registration';
import { jobFairRegistrationMachine } from './job-fair-machines';
import { dropFairTodo } from './job-fair-todo';
import {
  findRegistration,
  lockJobFair,
  lockRegistration,
  markReviewPayload,
  moveRegistration,
  releaseJobFairPlace,
} from './job-fairs.repository';

export interface WithdrawJobFairRegistrationOptions {
  member: CompanyMember;
  registrationId: string;
  now?: Date;
}

/**
 * 撤销报名, before the registration closes: pending or approved → withdrawn. The place and the
 * booth are freed and the calendar entry goes, in one transaction. A pending registration's review
 * request stays in the university's queue (the engine has no withdraw): its drawer shows 已撤销
 * and approving it is refused (409 JOB_FAIR_REGISTRATION_WITHDRAWN), so the reviewer rejects it.
 */
export async function withdrawJobFairRegistration(
  ctx: AppContext,
  options: WithdrawJobFairRegistrationOptions,
): Promise<JobFairRegistration> {
  const { member, registrationId } = options;
  const now = options.now ?? new Date();
  const { fairId, universityId } = await ctx.db.transaction(async (tx) => {
    // Locks in the one order of this module: the fair, then the registration.
    const seen = requireFound(
      await findRegistration(tx, registrationId, { companyId: member.companyId }),
      '报名不存在',
    );
    const fair = requireFound(await lockJobFair(tx, seen.fairId), '双选会不存在');
    const found = requireFound(await lockRegistration(tx, registrationId), '报名不存在');
    const to = jobFairRegistrationMachine.advance(found.state, 'withdraw');
    if (fair.state !== 'published') throw new AppError('JOB_FAIR_CANCELLED');
    if (now >= fair.registrationClosesAt)
      throw new AppError('JOB_FAIR_REGISTRATION_CLOSED', '报名已截止，不能撤销报名');
    const moved = await moveRegistration(tx, found.id, jobFairRegistrationMachine.sources('withdraw'), {
      state: to,
      boothId: null,
      withdrawnAt: now,
    });
    if (!moved) throw new AppError('INVALID_STATE', '该报名已撤销');
    await releaseJobFairPlace(tx, fair.id);
    await dropFairTodo(tx, found);
    if (found.state === 'pending' && found.reviewRequestId)
      await markReviewPayload(tx, found.reviewRequestId, 'withdrawnAt', now);
    return { fairId: fair.id, universityId: fair.universityId };
  });
  await publishAfterCommit(
    ctx,
    live.university(universityId, { type: 'job-fairs.changed', data: { fairId } }),
    live.company(member.companyId, { type: 'job-fairs.changed', data: { fairId } }),
  );
  return getEmployerRegistration(ctx, { member, registrationId });
}

import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import { requireFound } from '../../plugins/access';
import { jobFairRegistrationMachine } from './job-fair-machines';
import { syncFairTodo } from './job-fair-todo';
import {
  findRegistration,
  lockJobFair,
  lockRegistration,
  moveRegistration,
  releaseJobFairPlace,
} from './job-fairs.repository';

// The `job_fair_registration` review's hooks (modules/reviews/kinds/job-fair-registration.ts), in
// the deciding transaction: the registration follows its machine and the place counter follows it.

/** 通过: pending → approved; the fair goes on the company's calendar. A withdrawn one is refused. */
export async function approveJobFairRegistration(tx: Executor, registrationId: string) {
  // The module's lock order: the fair, then the registration.
  const seen = requireFound(await findRegistration(tx, registrationId), '报名不存在');
  const fair = requireFound(await lockJobFair(tx, seen.fairId), '双选会不存在');
  const registration = requireFound(await lockRegistration(tx, registrationId), '报名不存在');
  const to = jobFairRegistrationMachine.advance(registration.state, 'approve');
  if (fair.state !== 'published') throw new AppError('JOB_FAIR_CANCELLED', '该双选会已取消，请驳回此申请');
  const moved = await moveRegistration(tx, registration.id, jobFairRegistrationMachine.sources('approve'), {
    state: to,
  });
  if (!moved) throw new AppError('INVALID_STATE', '该报名已审核，不能重复审核');
  await syncFairTodo(tx, registration, fair, null);
}

/**
 * 驳回: pending → rejected with the reason, and the place is given back. A registration withdrawn
 * meanwhile already gave its place back: rejecting its request changes nothing more.
 */
export async function rejectJobFairRegistration(tx: Executor, registrationId: string, reason: string) {
  const seen = requireFound(await findRegistration(tx, registrationId), '报名不存在');
  await lockJobFair(tx, seen.fairId);
  const registration = requireFound(await lockRegistration(tx, registrationId), '报名不存在');
  if (registration.state === 'withdrawn') return;
  const to = jobFairRegistrationMachine.advance(registration.state, 'reject');
  const moved = await moveRegistration(tx, registration.id, jobFairRegistrationMachine.sources('reject'), {
    state: to,
    rejectReason: reason,
  });
  if (!moved) throw new AppError('INVALID_STATE', '该报名已审核，不能重复审核');
  await releaseJobFairPlace(tx, registration.fairId);
}

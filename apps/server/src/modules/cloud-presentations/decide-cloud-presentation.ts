import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import { notFound, requireFound } from '../../plugins/access';
import { cloudPresentationTargetMachine } from './cloud-presentation-machine';
import { lockTarget, moveTarget } from './cloud-presentations.repository';

// The `cloud_presentation` review kind's hooks (modules/reviews/kinds/cloud-presentation.ts), in
// the deciding transaction: the university's copy (the target row) becomes 已通过 or 未通过.

export interface DecideCloudPresentationOptions {
  targetId: string;
  /** The deciding university: only its own copy. */
  universityId: string;
  now?: Date;
}

async function lockOwnTarget(tx: Executor, options: DecideCloudPresentationOptions) {
  const target = requireFound(await lockTarget(tx, options.targetId), '云宣讲不存在');
  if (target.universityId !== options.universityId) throw notFound('云宣讲不存在');
  return target;
}

/** 通过: shown to the university's students. A withdrawn one is refused (请驳回此申请). */
export async function approveCloudPresentationTarget(tx: Executor, options: DecideCloudPresentationOptions) {
  const target = await lockOwnTarget(tx, options);
  const to = cloudPresentationTargetMachine.advance(target.state, 'approve');
  const moved = await moveTarget(tx, target.id, cloudPresentationTargetMachine.sources('approve'), {
    state: to,
    decidedAt: options.now ?? new Date(),
  });
  if (!moved) throw new AppError('INVALID_STATE', '该云宣讲已审核');
}

/** 驳回 with the reason (未通过); a withdrawn one stays 已撤回 (the reviewer only clears the queue). */
export async function rejectCloudPresentationTarget(
  tx: Executor,
  options: DecideCloudPresentationOptions & { reason: string },
) {
  const target = await lockOwnTarget(tx, options);
  if (target.state === 'withdrawn') return;
  const to = cloudPresentationTargetMachine.advance(target.state, 'reject');
  const moved = await moveTarget(tx, target.id, cloudPresentationTargetMachine.sources('reject'), {
    state: to,
    rejectReason: options.reason,
    decidedAt: options.now ?? new Date(),
  });
  if (!moved) throw new AppError('INVALID_STATE', '该云宣讲已审核');
}

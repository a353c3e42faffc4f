import type { Executor } from '../../db/client';
import { refundVideoFairFee } from './refund-video-fair-fee';
import { videoFairRegistrationMachine } from './video-fair-machines';
import { lockRegistration, moveRegistration, releaseVideoFairPlace } from './video-fairs.repository';

// The university's decision on a registration (review kind `video_fair_registration`), in the
// deciding transaction.

/** 通过: the company may open its 面试间 at the fair. */
export async function approveVideoFairRegistration(tx: Executor, registrationId: string) {
  const registration = (await lockRegistration(tx, registrationId))!;
  await moveRegistration(tx, registrationId, videoFairRegistrationMachine.sources('approve'), {
    state: videoFairRegistrationMachine.advance(registration.state, 'approve'),
  });
}

/**
 * 驳回: the place is freed and the fee goes back to 快点 (the WeChat refund follows after the
 * commit). A registration the company cancelled, or whose fair was cancelled, was refunded then:
 * rejecting its request changes nothing more.
 */
export async function rejectVideoFairRegistration(
  tx: Executor,
  registrationId: string,
  reason: string,
  deciderAccountId: string,
) {
  const registration = (await lockRegistration(tx, registrationId))!;
  if (registration.state === 'cancelled') return;
  await moveRegistration(tx, registrationId, videoFairRegistrationMachine.sources('reject'), {
    state: videoFairRegistrationMachine.advance(registration.state, 'reject'),
    rejectReason: reason,
  });
  await releaseVideoFairPlace(tx, registration.fairId);
  await refundVideoFairFee(tx, registration, deciderAccountId);
}

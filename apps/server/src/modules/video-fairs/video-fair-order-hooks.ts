import { type LiveMessage, live } from '@openrecruit/shared';
import type { Executor } from '../../db/client';
import type { PaymentOrderRow } from '../billing/payment-orders.repository';
import { postLedgerRequest } from '../billing/post-ledger-request';
import type { OrderPurposeHooks } from '../billing/purpose-orders';
import { videoFairRegistrationMachine } from './video-fair-machines';
import { submitRegistrationReview } from './video-fair-review';
import {
  findRegistrationByOrder,
  findVideoFair,
  moveRegistration,
  releaseVideoFairPlace,
} from './video-fairs.repository';

// The `video_fair` purpose of a payment order (billing/purpose-orders.ts): the order pays a
// registration's fee by WeChat Pay.

async function fairEvents(tx: Executor, fairId: string, companyId: string): Promise<LiveMessage[]> {
  const found = await findVideoFair(tx, fairId);
  const changedFair = { fairId };
  return [
    live.company(companyId, { type: 'video-fairs.changed', data: changedFair }),
    ...(found
      ? [live.university(found.fair.universityId, { type: 'video-fairs.changed', data: changedFair })]
      : []),
  ];
}

export const videoFairOrderHooks: OrderPurposeHooks = {
  /** Paid: the credited 快点 pay the fee at once, and the registration goes to review (待审核). */
  async paid(tx, order) {
    const registration = await findRegistrationByOrder(tx, order.id);
    // Cancelled meanwhile (the fair was cancelled): the payment stays as 快点 in the wallet.
    if (registration?.state !== 'awaiting_payment') return [];
    const now = new Date();
    await postLedgerRequest(tx, {
      key: `video_fair:${registration.id}:fee`,
      purpose: 'video_fair_fee',
      reference: `video_fair_registration:${registration.id}`,
      requestedBy: order.createdBy,
      legs: [
        {
          from: { kind: 'company_wallet', companyId: registration.companyId },
          to: { kind: 'points_earned' },
          amount: registration.feePoints,
        },
      ],
    });
    const paid = await moveRegistration(tx, registration.id, videoFairRegistrationMachine.sources('pay'), {
      state: videoFairRegistrationMachine.advance(registration.state, 'pay'),
      paidAt: order.paidAt ?? now,
    });
    const submitted = await submitRegistrationReview(tx, paid!, now);
    return [...submitted.events, ...(await fairEvents(tx, registration.fairId, registration.companyId))];
  },
  /** Closed unpaid (取消支付 or expired): the registration is cancelled and its place freed. */
  async closed(tx, order: PaymentOrderRow) {
    const registration = await findRegistrationByOrder(tx, order.id);
    if (registration?.state !== 'awaiting_payment') return [];
    await moveRegistration(tx, registration.id, ['awaiting_payment'], {
      state: videoFairRegistrationMachine.advance(registration.state, 'cancel'),
    });
    await releaseVideoFairPlace(tx, registration.fairId);
    return fairEvents(tx, registration.fairId, registration.companyId);
  },
};

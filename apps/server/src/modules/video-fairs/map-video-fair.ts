import type { VideoFair, VideoFairRegistration } from '@openrecruit/shared';
import type { paymentOrders } from '../../db/schema';
import { mapRechargeOrder } from '../billing/map-payment-order';
import type { VideoFairRegistrationRow, VideoFairRow } from './video-fairs.repository';

// Rows to the shared shapes of 视频双选会 (packages/shared/src/schemas/video-fairs.ts).

export function phaseOf(fair: VideoFairRow, now: Date): VideoFair['phase'] {
  if (fair.state === 'cancelled') return 'cancelled';
  if (fair.endsAt <= now) return 'ended';
  if (fair.startsAt <= now) return 'ongoing';
  if (fair.registrationDeadline <= now) return 'registration_closed';
  return 'registration_open';
}

/** 报名 is open: published, before the deadline and before the fair ends. */
export function isRegistrationOpen(fair: VideoFairRow, now: Date) {
  return fair.state === 'published' && now < fair.registrationDeadline && now < fair.endsAt;
}

export function mapVideoFair(fair: VideoFairRow, universityName: string, now: Date): VideoFair {
  return {
    id: fair.id,
    university: { id: fair.universityId, name: universityName },
    title: fair.title,
    description: fair.description,
    startsAt: fair.startsAt.toISOString(),
    endsAt: fair.endsAt.toISOString(),
    slotMinutes: fair.slotMinutes,
    registrationDeadline: fair.registrationDeadline.toISOString(),
    feePoints: fair.feePoints,
    capacity: fair.capacity,
    registeredCount: fair.registeredCount,
    agreementText: fair.agreementText,
    allowVideo: fair.allowVideo,
    allowText: fair.allowText,
    state: fair.state,
    cancelReason: fair.cancelReason,
    phase: phaseOf(fair, now),
  };
}

export interface RegistrationContext {
  fair: VideoFairRow;
  universityName: string;
  companyName: string;
  jobTitles: Map<string, string>;
  accountNames: Map<string, string>;
  order: typeof paymentOrders.$inferSelect | undefined;
  dueAt: Date | null;
  now: Date;
}

export function refundOf(
  registration: VideoFairRegistrationRow,
  order: RegistrationContext['order'],
): VideoFairRegistration['refund'] {
  if (!registration.refundedAt) return null;
  if (registration.paidWith === 'points') return 'points';
  return order?.state === 'refunded' ? 'wechat' : 'wechat_failed';
}

export function mapRegistration(
  registration: VideoFairRegistrationRow,
  context: RegistrationContext,
): VideoFairRegistration {
  const { fair, now, order } = context;
  return {
    id: registration.id,
    fair: {
      id: fair.id,
      title: fair.title,
      university: { id: fair.universityId, name: context.universityName },
      startsAt: fair.startsAt.toISOString(),
      endsAt: fair.endsAt.toISOString(),
      slotMinutes: fair.slotMinutes,
      registrationDeadline: fair.registrationDeadline.toISOString(),
      state: fair.state,
      phase: phaseOf(fair, now),
    },
    company: { id: registration.companyId, name: context.companyName },
    mode: registration.mode,
    requirements: registration.requirements,
    jobs: registration.jobIds.map((id) => ({ id, title: context.jobTitles.get(id) ?? '' })),
    interviewers: registration.interviewers.map((row) => ({
      ...row,
      accountName: context.accountNames.get(row.accountId) ?? '',
    })),
    wantsInvoice: registration.wantsInvoice,
    feePoints: registration.feePoints,
    paidWith: registration.paidWith,
    paidAt: registration.paidAt?.toISOString() ?? null,
    state: registration.state,
    rejectReason: registration.rejectReason,
    refundedAt: registration.refundedAt?.toISOString() ?? null,
    refund: refundOf(registration, order),
    paymentOrder: registration.state === 'awaiting_payment' && order ? mapRechargeOrder(order) : null,
    dueAt: context.dueAt?.toISOString() ?? null,
    canCancel:
      fair.state === 'published' &&
      (registration.state === 'awaiting_payment' || registration.state === 'pending'),
    createdAt: registration.createdAt.toISOString(),
  };
}

import {
  live,
  POINT_PRICE_FEN,
  type RegisterVideoFairInput,
  VIDEO_FAIR_MODE_LABELS,
  type VideoFairRegistration,
} from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { isUniqueViolation } from '../../lib/pg-errors';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { postLedgerRequest } from '../billing/post-ledger-request';
import { insertPurposeOrder, placePurposeOrder } from '../billing/purpose-orders';
import { getVideoFairRegistration } from './get-video-fair-registration';
import { isRegistrationOpen } from './map-video-fair';
import { submitRegistrationReview } from './video-fair-review';
import {
  findCompanyMembers,
  findPaymentOrders,
  findRecruitingJobs,
  findRegistration,
  findRegistrationByRequestKey,
  findVideoFair,
  insertVideoFairRegistration,
  setRegistrationFields,
  takeVideoFairPlace,
} from './video-fairs.repository';

export interface RegisterVideoFairOptions {
  member: CompanyMember;
  fairId: string;
  input: z.output<typeof RegisterVideoFairInput>;
  /** The client's Idempotency-Key of 确认报名并支付: a retry answers the same registration. */
  requestKey: string;
  now?: Date;
  /** The demo data's fixed id (DEMO_VIDEO_FAIRS); otherwise a new one. */
  id?: string;
}

function fieldError(field: string, reason: string): AppError {
  return new AppError('VALIDATION_FAILED', reason, { fields: [{ field, reason }] });
}

/**
 * 确认报名并支付 (seed 002 云校招 > 视频双选会, 第一步-第三步). One transaction takes a place with the
 * guarded counter (none left: VIDEO_FAIR_FULL), stores the registration (the partial unique index:
 * one live per company and fair) and pays: 快点 through the ledger at once (too few: nothing is
 * kept, INSUFFICIENT_POINTS) and the review is submitted (待审核); WeChat Pay makes a `video_fair`
 * payment order (待支付), whose settlement pays the fee and submits the review
 * (video-fair-order-hooks.ts). A free fair goes to review at once.
 */
export async function registerVideoFair(
  ctx: AppContext,
  options: RegisterVideoFairOptions,
): Promise<VideoFairRegistration> {
  const { member, fairId, input, requestKey } = options;
  const now = options.now ?? new Date();
  const earlier = await findRegistrationByRequestKey(ctx.db, member.companyId, requestKey);
  if (earlier) return replay(ctx, member, earlier.id, earlier.fairId === fairId);
  const result = await ctx.db
    .transaction(async (tx) => {
      const found = requireFound(await findVideoFair(tx, fairId), '视频双选会不存在');
      const { fair } = found;
      if (fair.state !== 'published') throw new AppError('VIDEO_FAIR_CANCELLED');
      if (!isRegistrationOpen(fair, now)) throw new AppError('VIDEO_FAIR_REGISTRATION_CLOSED');
      if ((input.mode === 'video' && !fair.allowVideo) || (input.mode === 'text' && !fair.allowText))
        throw fieldError('mode', `该视频双选会不支持${VIDEO_FAIR_MODE_LABELS[input.mode]}`);
      const jobIds = [...new Set(input.jobIds)];
      if ((await findRecruitingJobs(tx, member.companyId, jobIds)).length !== jobIds.length)
        throw fieldError('jobIds', '请选择本单位招聘中的职位');
      const memberIds = [...new Set(input.interviewers.map((row) => row.accountId))];
      if ((await findCompanyMembers(tx, member.companyId, memberIds)).length !== memberIds.length)
        throw fieldError('interviewers', '登录面试间的须是本单位成员');
      if (!(await takeVideoFairPlace(tx, fair.id))) throw new AppError('VIDEO_FAIR_FULL');
      const free = fair.feePoints === 0;
      const paidWith = free ? 'points' : input.payWith;
      const registration = await insertVideoFairRegistration(tx, {
        ...(options.id ? { id: options.id } : {}),
        fairId: fair.id,
        companyId: member.companyId,
        applicantAccountId: member.accountId,
        mode: input.mode,
        requirements: input.requirements,
        jobIds,
        interviewers: [...input.interviewers].sort((a, b) => a.room - b.room),
        wantsInvoice: input.wantsInvoice,
        agreedAt: now,
        feePoints: fair.feePoints,
        paidWith,
        paidAt: paidWith === 'points' ? now : null,
        requestKey,
        state: paidWith === 'wechat' ? 'awaiting_payment' : 'pending',
        createdAt: now,
        updatedAt: now,
      });
      if (paidWith === 'wechat') {
        const order = await insertPurposeOrder(
          tx,
          {
            companyId: member.companyId,
            purpose: 'video_fair',
            description: `视频双选会报名费 ${fair.title}`.slice(0, 120),
            amountFen: fair.feePoints * POINT_PRICE_FEN,
            points: fair.feePoints,
            requestKey: `video_fair:${requestKey}`,
            createdBy: member.accountId,
            now,
          },
          ctx.providers.payment.name,
        );
        await setRegistrationFields(tx, registration.id, { paymentOrderId: order.id });
        return { registration, order, events: [], universityId: fair.universityId };
      }
      if (!free)
        await postLedgerRequest(tx, {
          key: `video_fair:${member.companyId}:${requestKey}`,
          purpose: 'video_fair_fee',
          reference: `video_fair_registration:${registration.id}`,
          requestedBy: member.accountId,
          legs: [
            {
              from: { kind: 'company_wallet', companyId: member.companyId },
              to: { kind: 'points_earned' },
              amount: fair.feePoints,
            },
          ],
        });
      const submitted = await submitRegistrationReview(tx, registration, now);
      return { registration, order: null, events: submitted.events, universityId: fair.universityId };
    })
    .catch(async (error) => {
      if (!isUniqueViolation(error)) throw error;
      // A concurrent retry with the same key made it: answer that one.
      const raced = await findRegistrationByRequestKey(ctx.db, member.companyId, requestKey);
      if (raced) return { replayed: raced };
      throw new AppError('VIDEO_FAIR_ALREADY_REGISTERED');
    });
  if ('replayed' in result) return replay(ctx, member, result.replayed.id, result.replayed.fairId === fairId);
  if (result.order) await placePurposeOrder(ctx, result.order);
  const changedFair = { fairId };
  await publishAfterCommit(
    ctx,
    ...result.events,
    live.university(result.universityId, { type: 'video-fairs.changed', data: changedFair }),
    live.company(member.companyId, { type: 'video-fairs.changed', data: changedFair }),
    ...(result.order ? [live.company(member.companyId, { type: 'points.changed' as const, data: {} })] : []),
  );
  return getVideoFairRegistration(ctx, { member, registrationId: result.registration.id });
}

async function replay(ctx: AppContext, member: CompanyMember, registrationId: string, sameFair: boolean) {
  if (!sameFair) throw new AppError('IDEMPOTENCY_KEY_REUSED');
  const registration = await getVideoFairRegistration(ctx, { member, registrationId });
  // The provider's first answer never came: ask again so the cashier has its QR code.
  if (
    registration.state === 'awaiting_payment' &&
    registration.paymentOrder &&
    !registration.paymentOrder.codeUrl
  )
    return retryPlacing(ctx, member, registrationId);
  return registration;
}

async function retryPlacing(ctx: AppContext, member: CompanyMember, registrationId: string) {
  const row = (await findRegistration(ctx.db, registrationId, member.companyId))!;
  const order = (await findPaymentOrders(ctx.db, [row.paymentOrderId!])).get(row.paymentOrderId!)!;
  await placePurposeOrder(ctx, order);
  return getVideoFairRegistration(ctx, { member, registrationId });
}

import type { ReviewDecisionInput, ReviewRequest } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { requireFound } from '../../plugins/access';
import { findStaffMobile } from '../identity/find-staff-mobile';
import { getReviewRequest } from './get-review-request';
import { reviewKindOf } from './kinds';
import type { ReviewDecider, ReviewKindDefinition, ReviewRecord } from './review-kind';
import { reviewMachine } from './review-machine';
import { lockReviewRequest, markReviewDecided, updateReviewPayload } from './reviews.repository';
import { reviewQueueEvents } from './submit-review-request';

export interface DecideReviewRequestOptions {
  decider: ReviewDecider;
  requestId: string;
  decision: ReviewDecisionInput['decision'];
  /** Required to reject (ReviewDecisionInput checks it): the applicant is told why. */
  reason?: string;
  /** What approving decides besides yes, for a kind with an `approval` schema (宣讲会: room and time). */
  details?: Record<string, unknown>;
}

/** The kind's approval details, checked: a bad one is the reviewer's 400 naming `details.<field>`. */
function approvalOf(kind: ReviewKindDefinition, details: Record<string, unknown> | undefined): undefined {
  if (!kind.approval) return undefined;
  const parsed = kind.approval.safeParse(details ?? {});
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => ({
    field: ['details', ...issue.path].join('.'),
    reason: issue.message,
  }));
  throw new AppError('VALIDATION_FAILED', fields[0]?.reason ?? '审核信息不完整', { fields });
}

/**
 * A reviewer decides a request of their queue, once. The request row is locked, the machine says
 * whether the decision applies, and the kind's hook does what the decision means (verify a company,
 * swap admins, apply a change) in the same transaction; its notices and the queue's live event go
 * out after the commit.
 */
export async function decideReviewRequest(
  ctx: AppContext,
  options: DecideReviewRequestOptions,
): Promise<ReviewRequest> {
  const { decider, requestId, decision } = options;
  const decided = await ctx.db.transaction(async (tx) => {
    const request = requireFound(
      await lockReviewRequest(tx, { scope: decider.scope, id: requestId }),
      '审核申请不存在',
    );
    const to = reviewMachine.advance(request.state, decision);
    const marked = await markReviewDecided(tx, {
      id: request.id,
      from: reviewMachine.sources(decision),
      to,
      decidedBy: decider.accountId,
      reason: options.reason ?? null,
    });
    // The row lock makes this unreachable; the guarded UPDATE is the last word all the same.
    if (!marked) throw new AppError('INVALID_STATE', '该申请已审核，不能重复审核');
    const record = marked as ReviewRecord;
    const kind = reviewKindOf(record.kind);
    if (decision === 'approve') {
      const payload = await kind.onApprove(tx, record, decider, approvalOf(kind, options.details));
      if (payload) {
        await updateReviewPayload(tx, record.id, payload);
        return { ...record, payload };
      }
    } else {
      await kind.onReject(tx, record, decider);
    }
    return record;
  });

  const applicantMobile = await findStaffMobile(ctx, decided.applicantAccountId);
  await reviewKindOf(decided.kind).afterDecision(ctx, { ...decided, applicantMobile });
  await publishAfterCommit(ctx, ...reviewQueueEvents(decided));
  return getReviewRequest(ctx, { reviewer: decider.scope, requestId });
}

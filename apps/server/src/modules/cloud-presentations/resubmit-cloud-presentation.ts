import { type CloudPresentation, live } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { type CompanyMember, notFound, requireFound } from '../../plugins/access';
import { submitReviewRequest } from '../reviews/submit-review-request';
import { requireEnteredUniversity } from '../university-entries/require-entered-university';
import { jobTitlesOf } from './cloud-presentation-jobs';
import { cloudPresentationTargetMachine } from './cloud-presentation-machine';
import { reviewPayloadOf } from './cloud-presentation-review';
import { findTarget, lockCloudPresentation, lockTarget, moveTarget } from './cloud-presentations.repository';
import { getCloudPresentation } from './get-cloud-presentation';

export interface ResubmitCloudPresentationOptions {
  member: CompanyMember;
  presentationId: string;
  universityId: string;
  now?: Date;
}

/** 重新提交 at a university that rejected it: 审核中 again, with a new review request. */
export async function resubmitCloudPresentation(
  ctx: AppContext,
  options: ResubmitCloudPresentationOptions,
): Promise<CloudPresentation> {
  const { member, presentationId } = options;
  const now = options.now ?? new Date();
  const { events } = await ctx.db.transaction(async (tx) => {
    const presentation = requireFound(
      await lockCloudPresentation(tx, presentationId, member.companyId),
      '云宣讲不存在',
    );
    if (presentation.withdrawnAt) throw new AppError('INVALID_STATE', '该云宣讲已撤回');
    const seen = await findTarget(tx, presentation.id, options.universityId);
    if (!seen) throw notFound('该云宣讲未提交到这所高校');
    const target = requireFound(await lockTarget(tx, seen.id), '该云宣讲未提交到这所高校');
    const to = cloudPresentationTargetMachine.advance(target.state, 'resubmit');
    const university = await requireEnteredUniversity(ctx, {
      companyId: member.companyId,
      universityId: target.universityId,
      tx,
    });
    const submitted = await submitReviewRequest(tx, {
      kind: 'cloud_presentation',
      subjectId: target.id,
      applicantAccountId: member.accountId,
      applicantCompanyId: member.companyId,
      reviewerUniversityId: university.id,
      payload: reviewPayloadOf(presentation, university.name, await jobTitlesOf(tx, [presentation])),
      now,
    });
    const moved = await moveTarget(tx, target.id, cloudPresentationTargetMachine.sources('resubmit'), {
      state: to,
      reviewRequestId: submitted.id,
      rejectReason: null,
      decidedAt: null,
    });
    if (!moved) throw new AppError('INVALID_STATE', '只有未通过的高校可以重新提交');
    return { events: submitted.events };
  });
  await publishAfterCommit(
    ctx,
    ...events,
    live.company(member.companyId, { type: 'cloud-presentations.changed', data: { presentationId } }),
  );
  return getCloudPresentation(ctx, { member, presentationId });
}

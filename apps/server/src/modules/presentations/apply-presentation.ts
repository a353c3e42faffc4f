import { type ApplyPresentationInput, live, type Presentation } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import type { CompanyMember } from '../../plugins/access';
import { submitReviewRequest } from '../reviews/submit-review-request';
import { requireEnteredUniversity } from '../university-entries/require-entered-university';
import { getPresentation } from './get-presentation';
import {
  findRecruitingJobs,
  insertPresentation,
  setPresentationReviewRequest,
} from './presentations.repository';

export interface ApplyPresentationOptions {
  member: CompanyMember;
  input: z.output<typeof ApplyPresentationInput>;
  /** Tests pass a clock: the due date counts 3 working days from the submission's day. */
  now?: Date;
}

/**
 * 申请宣讲会 (seed 002): at an entered university, with the company's recruiting jobs. The
 * presentation is stored 审核中 and a `presentation` review request goes to the university's
 * 宣讲会审核 queue, due in 3 working days. Re-applying after 未通过 is a new application.
 */
export async function applyPresentation(
  ctx: AppContext,
  options: ApplyPresentationOptions,
): Promise<Presentation> {
  const { member, input } = options;
  const { id, events } = await ctx.db.transaction(async (tx) => {
    const university = await requireEnteredUniversity(ctx, {
      companyId: member.companyId,
      universityId: input.universityId,
      tx,
    }).catch((error: unknown) => {
      // The university is a choice in the form: an unknown one is the field's error.
      if (error instanceof AppError && error.code === 'NOT_FOUND')
        throw new AppError('VALIDATION_FAILED', '请选择高校', {
          fields: [{ field: 'universityId', reason: '请选择高校' }],
        });
      throw error;
    });
    const jobs = await findRecruitingJobs(tx, member.companyId, input.jobIds);
    if (jobs.length !== input.jobIds.length)
      throw new AppError('VALIDATION_FAILED', '请选择本单位招聘中的职位', {
        fields: [{ field: 'jobIds', reason: '请选择本单位招聘中的职位' }],
      });
    const titleOf = new Map(jobs.map((job) => [job.id, job.title]));
    const slots = input.preferredSlots
      .map((slot) => ({
        startsAt: new Date(slot.startsAt).toISOString(),
        endsAt: new Date(slot.endsAt).toISOString(),
      }))
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    const presentation = await insertPresentation(tx, {
      companyId: member.companyId,
      universityId: university.id,
      applicantAccountId: member.accountId,
      title: input.title,
      description: input.description,
      preferredSlots: slots,
      expectedAudience: input.expectedAudience,
      majors: input.majors,
      equipment: input.equipment,
      needs: input.needs,
      contactName: input.contactName,
      contactMobile: input.contactMobile,
      jobIds: input.jobIds,
      ...(options.now ? { createdAt: options.now, updatedAt: options.now } : {}),
    });
    const submitted = await submitReviewRequest(tx, {
      kind: 'presentation',
      subjectId: presentation.id,
      applicantAccountId: member.accountId,
      applicantCompanyId: member.companyId,
      reviewerUniversityId: university.id,
      payload: {
        universityName: university.name,
        title: input.title,
        description: input.description,
        preferredSlots: slots,
        expectedAudience: input.expectedAudience,
        majors: input.majors,
        equipment: input.equipment,
        needs: input.needs,
        contactName: input.contactName,
        contactMobile: input.contactMobile,
        jobs: input.jobIds.map((jobId) => ({ id: jobId, title: titleOf.get(jobId) ?? '' })),
      },
      ...(options.now ? { now: options.now } : {}),
    });
    await setPresentationReviewRequest(tx, presentation.id, submitted.id);
    return { id: presentation.id, events: submitted.events };
  });
  await publishAfterCommit(
    ctx,
    ...events,
    live.company(member.companyId, { type: 'presentations.changed', data: { presentationId: id } }),
  );
  return getPresentation(ctx, { caller: { member }, presentationId: id });
}

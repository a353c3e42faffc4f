import { type ApplyCloudPresentationInput, type CloudPresentation, live } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import type { CompanyMember } from '../../plugins/access';
import { submitReviewRequest } from '../reviews/submit-review-request';
import { requireEnteredUniversity } from '../university-entries/require-entered-university';
import { reviewPayloadOf } from './cloud-presentation-review';
import {
  findPublishedJobs,
  insertCloudPresentation,
  insertTarget,
  isFileUsed,
  lockStoredFile,
  setTargetReviewRequest,
} from './cloud-presentations.repository';
import { getCloudPresentation } from './get-cloud-presentation';

export interface ApplyCloudPresentationOptions {
  member: CompanyMember;
  input: z.output<typeof ApplyCloudPresentationInput>;
  now?: Date;
}

/** The uploaded file the application names: the uploader's own, of the right kind, not used yet. */
async function requireOwnFile(
  tx: Executor,
  member: CompanyMember,
  fileId: string,
  field: 'videoFileId' | 'posterFileId',
) {
  const file = await lockStoredFile(tx, fileId);
  const kind = field === 'videoFileId' ? 'video/' : 'image/';
  const usable =
    file &&
    file.ownerAccountId === member.accountId &&
    file.contentType.startsWith(kind) &&
    !(await isFileUsed(tx, fileId));
  if (!usable)
    throw AppError.fieldError(
      field,
      field === 'videoFileId' ? '视频不存在或已被使用，请重新上传' : '视频封面不存在或已被使用，请重新上传',
    );
}

/**
 * 申请云宣讲 (seed 002 云校招 第一步/第二步): 录播 or 直播, at universities the company entered; one
 * target row and one `cloud_presentation` review request per university, due in 3 working days.
 */
export async function applyCloudPresentation(
  ctx: AppContext,
  options: ApplyCloudPresentationOptions,
): Promise<CloudPresentation> {
  const { member, input } = options;
  const now = options.now ?? new Date();
  const { id, events } = await ctx.db.transaction(async (tx) => {
    const chosen: { id: string; name: string }[] = [];
    for (const universityId of input.universityIds) {
      const university = await requireEnteredUniversity(ctx, {
        companyId: member.companyId,
        universityId,
        tx,
      }).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'NOT_FOUND')
          throw AppError.fieldError('universityIds', '请选择宣讲高校');
        throw error;
      });
      chosen.push(university);
    }
    const jobs = await findPublishedJobs(tx, member.companyId, input.jobIds);
    if (jobs.length !== input.jobIds.length) throw AppError.fieldError('jobIds', '请选择本单位招聘中的职位');
    const recorded = input.format === 'recorded';
    if (recorded) {
      await requireOwnFile(tx, member, input.videoFileId!, 'videoFileId');
      await requireOwnFile(tx, member, input.posterFileId!, 'posterFileId');
    }
    const presentation = await insertCloudPresentation(tx, {
      companyId: member.companyId,
      applicantAccountId: member.accountId,
      format: input.format,
      title: input.title,
      description: input.description,
      startsAt: new Date(input.startsAt),
      endsAt: recorded ? null : new Date(input.endsAt!),
      jobIds: input.jobIds,
      videoFileId: recorded ? input.videoFileId : null,
      posterFileId: recorded ? input.posterFileId : null,
      durationSeconds: recorded ? (input.durationSeconds ?? null) : null,
      liveState: recorded ? null : 'scheduled',
      createdAt: now,
      updatedAt: now,
    });
    const titles = new Map(jobs.map((job) => [job.id, job.title]));
    const events = [];
    for (const [index, university] of chosen.entries()) {
      const target = await insertTarget(tx, {
        presentationId: presentation.id,
        universityId: university.id,
        companyId: member.companyId,
        createdAt: new Date(now.getTime() + index),
      });
      const submitted = await submitReviewRequest(tx, {
        kind: 'cloud_presentation',
        subjectId: target.id,
        applicantAccountId: member.accountId,
        applicantCompanyId: member.companyId,
        reviewerUniversityId: university.id,
        payload: reviewPayloadOf(presentation, university.name, titles),
        now,
      });
      await setTargetReviewRequest(tx, target.id, submitted.id);
      events.push(...submitted.events);
    }
    return { id: presentation.id, events };
  });
  await publishAfterCommit(
    ctx,
    ...events,
    live.company(member.companyId, { type: 'cloud-presentations.changed', data: { presentationId: id } }),
  );
  return getCloudPresentation(ctx, { member, presentationId: id });
}

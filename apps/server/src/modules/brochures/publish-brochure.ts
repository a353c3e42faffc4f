import { type Brochure, type LiveMessage, live } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { submitReviewRequest } from '../reviews/submit-review-request';
import { requireEnteredUniversity } from '../university-entries/require-entered-university';
import {
  findCompanyJobs,
  insertPublication,
  insertVersion,
  latestVersionNumbers,
  lockBrochure,
  lockPublication,
  submitPublication,
} from './brochures.repository';
import { mapBrochure } from './map-brochure';
import { publicationMachine, slotOf } from './publication-machine';

export interface PublishBrochureOptions {
  member: CompanyMember;
  brochureId: string;
  universityIds: string[];
  /** Tests pass a clock: the due date counts 2 working days from the submission's day. */
  now?: Date;
}

/**
 * 发布 (seed 002: "学校将会在两个工作日内进行审核"): the draft as it is now becomes a numbered version,
 * sent for review at each chosen university the company entered. One review at a time per
 * university (该简章在该校审核中); an approved version stays shown while the new one is reviewed.
 * The brochure's row lock serialises publishing, so two clicks make one version and one request.
 */
export async function publishBrochure(ctx: AppContext, options: PublishBrochureOptions): Promise<Brochure> {
  const { member } = options;
  const { row, events } = await ctx.db.transaction(async (tx) => {
    const brochure = requireFound(
      await lockBrochure(tx, member.companyId, options.brochureId),
      '招聘简章不存在',
    );
    const targets = [];
    for (const universityId of [...options.universityIds].sort()) {
      const university = await requireEnteredUniversity(ctx, {
        companyId: member.companyId,
        universityId,
        tx,
      });
      const publication = await lockPublication(tx, brochure.id, universityId);
      if (publication && !publicationMachine.can(slotOf(publication), 'submit'))
        throw new AppError(
          'BROCHURE_PENDING',
          `该简章在${university.name}审核中，请等待审核结果后再发布新版本`,
        );
      targets.push({ university, publication });
    }
    const latest = (await latestVersionNumbers(tx, [brochure.id])).get(brochure.id) ?? 0;
    const version = await insertVersion(tx, {
      brochureId: brochure.id,
      version: latest + 1,
      title: brochure.title,
      bodyHtml: brochure.bodyHtml,
      jobIds: brochure.jobIds,
      imageFileIds: brochure.imageFileIds,
      createdBy: member.accountId,
    });
    const jobs = new Map(
      (await findCompanyJobs(tx, member.companyId, brochure.jobIds)).map((j) => [j.id, j]),
    );
    const jobTitles = brochure.jobIds.flatMap((id) => {
      const job = jobs.get(id);
      return job ? [job.title] : [];
    });
    const events: LiveMessage[] = [];
    for (const { university, publication } of targets) {
      const submitted = await submitReviewRequest(tx, {
        kind: 'brochure',
        subjectId: brochure.id,
        applicantAccountId: member.accountId,
        applicantCompanyId: member.companyId,
        reviewerUniversityId: university.id,
        payload: {
          versionId: version.id,
          version: version.version,
          universityName: university.name,
          title: version.title,
          html: version.bodyHtml,
          jobTitles,
          fileIds: version.imageFileIds,
          firstAtUniversity: !publication?.approvedVersionId || Boolean(publication.withdrawnAt),
        },
        ...(options.now ? { now: options.now } : {}),
      });
      events.push(...submitted.events);
      if (!publication) {
        await insertPublication(tx, {
          brochureId: brochure.id,
          companyId: member.companyId,
          universityId: university.id,
          pendingVersionId: version.id,
          reviewRequestId: submitted.id,
        });
      } else {
        const updated = await submitPublication(tx, publication.id, {
          pendingVersionId: version.id,
          reviewRequestId: submitted.id,
          restart: slotOf(publication) === 'withdrawn',
        });
        if (!updated) throw new AppError('BROCHURE_PENDING');
      }
    }
    return { row: brochure, events };
  });
  await publishAfterCommit(
    ctx,
    ...events,
    live.company(member.companyId, { type: 'brochures.changed', data: { brochureId: row.id } }),
  );
  return mapBrochure(ctx.db, row);
}

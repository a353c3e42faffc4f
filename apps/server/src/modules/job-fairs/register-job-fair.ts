import { type JobFairRegistration, live, type RegisterJobFairInput } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { isUniqueViolation } from '../../lib/pg-errors';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { submitReviewRequest } from '../reviews/submit-review-request';
import { requireEnteredUniversity } from '../university-entries/require-entered-university';
import { getEmployerRegistration } from './get-employer-registration';
import {
  countCurrentByKind,
  findBooths,
  findJobFair,
  findRecruitingJobs,
  insertRegistration,
  setRegistrationReview,
  takeJobFairPlace,
} from './job-fairs.repository';

export interface RegisterJobFairOptions {
  member: CompanyMember;
  fairId: string;
  input: z.output<typeof RegisterJobFairInput>;
  /** Tests pass a clock: the window and the review's due date. */
  now?: Date;
}

function fieldError(field: string, reason: string): AppError {
  return new AppError('VALIDATION_FAILED', reason, { fields: [{ field, reason }] });
}

/**
 * 报名 (seed 002: 学校将会在三个工作日内进行审核): at an entered university, inside the
 * registration window. One transaction takes a place with the guarded counter update (none left:
 * 409 JOB_FAIR_FULL, decision 016), stores the registration (the partial unique index: one current
 * per company and fair) and submits the `job_fair_registration` review.
 */
export async function registerJobFair(
  ctx: AppContext,
  options: RegisterJobFairOptions,
): Promise<JobFairRegistration> {
  const { member, fairId, input } = options;
  const now = options.now ?? new Date();
  const result = await ctx.db
    .transaction(async (tx) => {
      const found = requireFound(await findJobFair(tx, fairId), '双选会不存在');
      const { fair } = found;
      if (fair.state !== 'published') throw new AppError('JOB_FAIR_CANCELLED');
      await requireEnteredUniversity(ctx, {
        companyId: member.companyId,
        universityId: fair.universityId,
        tx,
      });
      if (now < fair.registrationOpensAt || now >= fair.registrationClosesAt)
        throw new AppError(
          'JOB_FAIR_REGISTRATION_CLOSED',
          now < fair.registrationOpensAt ? '报名尚未开始' : '报名已截止',
        );
      const kind = fair.boothKinds.find((k) => k.code === input.boothKind);
      if (!kind) throw fieldError('boothKind', '请选择该双选会的展位类型');
      const jobIds = [...new Set(input.jobIds)];
      const jobs = await findRecruitingJobs(tx, member.companyId, jobIds);
      if (jobs.length !== jobIds.length) throw fieldError('jobIds', '请选择本单位招聘中的职位');
      if (!(await takeJobFairPlace(tx, fair.id))) throw new AppError('JOB_FAIR_FULL');
      // Each kind has its booths too. Counted after the place is taken: the fair's row lock orders
      // the registrations of one fair, so this count sees every earlier one.
      const ofKind = (await countCurrentByKind(tx, fair.id)).get(kind.code) ?? 0;
      const booths = (await findBooths(tx, [fair.id])).filter((booth) => booth.kind === kind.code).length;
      if (ofKind >= booths) throw new AppError('JOB_FAIR_FULL', `${kind.name}已满，请选择其他展位类型`);
      const registration = await insertRegistration(tx, {
        fairId: fair.id,
        companyId: member.companyId,
        universityId: fair.universityId,
        applicantAccountId: member.accountId,
        contacts: input.contacts,
        jobIds,
        boothKind: kind.code,
        boothWish: input.boothWish,
        createdAt: now,
        updatedAt: now,
      });
      const titles = new Map(jobs.map((job) => [job.id, job.title]));
      const submitted = await submitReviewRequest(tx, {
        kind: 'job_fair_registration',
        subjectId: registration.id,
        applicantAccountId: member.accountId,
        applicantCompanyId: member.companyId,
        reviewerUniversityId: fair.universityId,
        payload: {
          fairId: fair.id,
          fairTitle: fair.title,
          fairStartsAt: fair.startsAt.toISOString(),
          fairEndsAt: fair.endsAt.toISOString(),
          location: fair.location,
          universityName: found.universityName,
          contacts: input.contacts,
          jobTitles: jobIds.map((id) => titles.get(id) ?? ''),
          boothKindName: kind.name,
          feeCents: kind.feeCents,
          boothWish: input.boothWish,
        },
        now,
      });
      await setRegistrationReview(tx, registration.id, submitted.id);
      return { registration, events: submitted.events, universityId: fair.universityId };
    })
    .catch((error) => {
      if (isUniqueViolation(error)) throw new AppError('JOB_FAIR_ALREADY_REGISTERED');
      throw error;
    });
  await publishAfterCommit(
    ctx,
    ...result.events,
    live.university(result.universityId, { type: 'job-fairs.changed', data: { fairId } }),
    live.company(member.companyId, { type: 'job-fairs.changed', data: { fairId } }),
  );
  return getEmployerRegistration(ctx, { member, registrationId: result.registration.id });
}

import type { Executor } from '../../db/client';
import { formatShanghaiDateTime } from '../../lib/shanghai-time';
import { submitReviewRequest } from '../reviews/submit-review-request';
import {
  findAccountNames,
  findJobTitles,
  findVideoFair,
  setRegistrationFields,
  type VideoFairRegistrationRow,
} from './video-fairs.repository';

/**
 * A paid registration goes to the university's queue (`video_fair_registration`, seed 002: 学校将会
 * 在三个工作日内进行审核), with what the drawer shows as the company sent it.
 */
export async function submitRegistrationReview(
  tx: Executor,
  registration: VideoFairRegistrationRow,
  now: Date,
) {
  const found = (await findVideoFair(tx, registration.fairId))!;
  const [titles, names] = await Promise.all([
    findJobTitles(tx, registration.jobIds),
    findAccountNames(
      tx,
      registration.interviewers.map((row) => row.accountId),
    ),
  ]);
  const submitted = await submitReviewRequest(tx, {
    kind: 'video_fair_registration',
    subjectId: registration.id,
    applicantAccountId: registration.applicantAccountId,
    applicantCompanyId: registration.companyId,
    reviewerUniversityId: found.fair.universityId,
    payload: {
      fairId: found.fair.id,
      fairTitle: found.fair.title,
      fairTime: `${formatShanghaiDateTime(found.fair.startsAt)} 至 ${formatShanghaiDateTime(found.fair.endsAt)}`,
      universityName: found.universityName,
      mode: registration.mode,
      requirements: registration.requirements,
      jobTitles: registration.jobIds.map((id) => titles.get(id) ?? ''),
      interviewers: registration.interviewers.map((row) => ({
        room: row.room,
        name: row.name,
        accountName: names.get(row.accountId) ?? '',
      })),
      wantsInvoice: registration.wantsInvoice,
      feePoints: registration.feePoints,
      paidWith: registration.paidWith,
    },
    now,
  });
  await setRegistrationFields(tx, registration.id, { reviewRequestId: submitted.id });
  return submitted;
}

import type { VideoFairRegistration } from '@openrecruit/shared';
import type { Executor } from '../../db/client';
import { mapRegistration } from './map-video-fair';
import {
  findAccountNames,
  findCompanyNames,
  findFairsWithUniversity,
  findJobTitles,
  findPaymentOrders,
  findReviewDueDates,
  type VideoFairRegistrationRow,
} from './video-fairs.repository';

/** Registrations with what they name (fair, company, jobs, members, order, review due date), in a few queries. */
export async function loadRegistrations(
  db: Executor,
  rows: VideoFairRegistrationRow[],
  now = new Date(),
): Promise<VideoFairRegistration[]> {
  const unique = <T>(values: T[]) => [...new Set(values)];
  const [fairs, companies, jobTitles, accountNames, orders, dueDates] = await Promise.all([
    findFairsWithUniversity(db, unique(rows.map((row) => row.fairId))),
    findCompanyNames(db, unique(rows.map((row) => row.companyId))),
    findJobTitles(db, unique(rows.flatMap((row) => row.jobIds))),
    findAccountNames(db, unique(rows.flatMap((row) => row.interviewers.map((i) => i.accountId)))),
    findPaymentOrders(db, unique(rows.flatMap((row) => (row.paymentOrderId ? [row.paymentOrderId] : [])))),
    findReviewDueDates(db, unique(rows.flatMap((row) => (row.reviewRequestId ? [row.reviewRequestId] : [])))),
  ]);
  return rows.map((row) => {
    const fair = fairs.get(row.fairId)!;
    return mapRegistration(row, {
      fair: fair.fair,
      universityName: fair.universityName,
      companyName: companies.get(row.companyId) ?? '',
      jobTitles,
      accountNames,
      order: row.paymentOrderId ? orders.get(row.paymentOrderId) : undefined,
      dueAt: row.reviewRequestId ? (dueDates.get(row.reviewRequestId) ?? null) : null,
      now,
    });
  });
}

import type { LiveMessage } from '@openrecruit/shared';
import type { Executor } from '../../db/client';
import { submitReviewRequest } from '../reviews/submit-review-request';
import { entryStateOf, newestPerUniversity } from './entry-state';
import {
  findEntryRequestRows,
  findUniversityRows,
  lockCompanyForEntries,
} from './university-entries.repository';

export interface SubmitRegistrationEntriesOptions {
  companyId: string;
  applicantAccountId: string;
  universityIds: string[];
}

/**
 * The sign-up wizard's 入驻高校 picks (seed 002 注册) are the same requests as 入驻 on the console's
 * page, in the wizard's transaction. A university the company entered or is waiting for is skipped:
 * someone joining an existing company picks what it may already have.
 */
export async function submitRegistrationEntries(
  tx: Executor,
  options: SubmitRegistrationEntriesOptions,
): Promise<LiveMessage[]> {
  if (!options.universityIds.length) return [];
  await lockCompanyForEntries(tx, options.companyId);
  const newest = newestPerUniversity(
    await findEntryRequestRows(tx, options.companyId, options.universityIds),
  );
  const events: LiveMessage[] = [];
  for (const university of await findUniversityRows(tx, options.universityIds)) {
    const state = entryStateOf(newest.get(university.id)?.state);
    if (state === 'pending' || state === 'entered') continue;
    const submitted = await submitReviewRequest(tx, {
      kind: 'university_entry',
      subjectId: options.companyId,
      applicantAccountId: options.applicantAccountId,
      applicantCompanyId: options.companyId,
      reviewerUniversityId: university.id,
      payload: { universityName: university.name, source: 'registration' },
    });
    events.push(...submitted.events);
  }
  return events;
}

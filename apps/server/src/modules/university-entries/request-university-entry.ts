import { live, type UniversityEntry } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { isUniqueViolation } from '../../lib/pg-errors';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { submitReviewRequest } from '../reviews/submit-review-request';
import { entryStateOf, newestPerUniversity } from './entry-state';
import { mapUniversityEntry } from './map-university-entry';
import {
  findEntryRequestRows,
  findUniversityRows,
  lockCompanyForEntries,
} from './university-entries.repository';

export interface RequestUniversityEntryOptions {
  member: CompanyMember;
  universityId: string;
  /** Tests pass a clock: the due date counts working days from the submission's day. */
  now?: Date;
}

/**
 * 入驻 (or 重新申请 after 未通过): the company asks the university to let it recruit there. The
 * company's row lock serialises its requests, so the kind's one-pending rule holds under
 * concurrency; the partial unique index is the last guard.
 */
export async function requestUniversityEntry(
  ctx: AppContext,
  options: RequestUniversityEntryOptions,
): Promise<UniversityEntry> {
  const { member, universityId } = options;
  try {
    const { university, events } = await ctx.db.transaction(async (tx) => {
      await lockCompanyForEntries(tx, member.companyId);
      const [university] = await findUniversityRows(tx, [universityId]);
      requireFound(university, '高校不存在');
      const newest = newestPerUniversity(await findEntryRequestRows(tx, member.companyId, [universityId]));
      if (entryStateOf(newest.get(universityId)?.state) === 'entered')
        throw new AppError('UNIVERSITY_ALREADY_ENTERED');
      const submitted = await submitReviewRequest(tx, {
        kind: 'university_entry',
        subjectId: member.companyId,
        applicantAccountId: member.accountId,
        applicantCompanyId: member.companyId,
        reviewerUniversityId: universityId,
        payload: { universityName: university!.name, source: 'console' },
        ...(options.now ? { now: options.now } : {}),
      });
      return { university: university!, events: submitted.events };
    });
    await publishAfterCommit(
      ctx,
      ...events,
      live.company(member.companyId, { type: 'university-entries.changed', data: { universityId } }),
    );
    const newest = newestPerUniversity(await findEntryRequestRows(ctx.db, member.companyId, [universityId]));
    return mapUniversityEntry(university, newest.get(universityId));
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('UNIVERSITY_ENTRY_PENDING');
    throw error;
  }
}

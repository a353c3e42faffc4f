import { type ApplicationMark, live, type MarkApplicationsResult } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { type CompanyMember, notFound } from '../../plugins/access';
import { lockCompanyApplications, setMark } from './employer-applications.repository';

export interface MarkApplicationsOptions {
  member: CompanyMember;
  /** Distinct ids, at most MARK_BATCH_LIMIT (the input schema holds both). */
  ids: string[];
  /** 合适 / 待定 / 不合适, or null: back to 未处理. */
  mark: ApplicationMark | null;
}

/**
 * Seed 002 简历管理 标记: the resumes move to the mark's tab. All or nothing: one id that is not the
 * company's makes the whole request 404 and nothing changes. Marking again with the same mark
 * changes nothing (a double click is harmless). The mark is the company's, the seeker never sees it.
 */
export async function markApplications(
  ctx: AppContext,
  options: MarkApplicationsOptions,
): Promise<MarkApplicationsResult> {
  const { member, ids, mark } = options;
  const updated = await ctx.db.transaction(async (tx) => {
    const found = await lockCompanyApplications(tx, member.companyId, ids);
    if (found.length !== ids.length) throw notFound();
    return setMark(tx, ids, mark, member.accountId);
  });
  if (updated > 0) {
    await publishAfterCommit(
      ctx,
      live.company(member.companyId, { type: 'applications.changed', data: { applicationIds: ids } }),
    );
  }
  return { updated, ids };
}

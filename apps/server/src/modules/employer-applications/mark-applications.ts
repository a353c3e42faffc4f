import type {
  ApplicationMark,
  EmployerApplicationSummary,
  MarkApplicationsResult,
} from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { notifyCompany } from '../applications/application-events';
import type { CompanyStaff } from './company-staff';
import {
  findCompanyApplicationSummary,
  lockCompanyApplications,
  setMark,
} from './employer-applications.repository';
import { mapCompanyApplication } from './map-company-application';

export interface MarkApplicationsOptions {
  staff: CompanyStaff;
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
  const { staff, ids, mark } = options;
  const updated = await ctx.db.transaction(async (tx) => {
    const found = await lockCompanyApplications(tx, staff.companyId, ids);
    if (found.length !== ids.length) throw new AppError('NOT_FOUND');
    return setMark(tx, ids, mark, staff.accountId);
  });
  if (updated > 0) await notifyCompany(ctx, staff.companyId, 'applications.changed', ids);
  return { updated, ids };
}

/** One resume's 标记, answered with the row as the list shows it. */
export async function markApplication(
  ctx: AppContext,
  options: { staff: CompanyStaff; applicationId: string; mark: ApplicationMark | null },
): Promise<EmployerApplicationSummary> {
  const { staff, applicationId } = options;
  await markApplications(ctx, { staff, ids: [applicationId], mark: options.mark });
  const row = await findCompanyApplicationSummary(ctx.db, staff.companyId, applicationId);
  if (!row) throw new AppError('NOT_FOUND');
  return mapCompanyApplication(row);
}

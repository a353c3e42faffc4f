import type { EmployerApplicationList, EmployerApplicationQuery } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import { shanghaiTime } from '../../lib/shanghai-time';
import type { CompanyMember } from '../../plugins/access';
import {
  type ApplicationFilters,
  countByTab,
  findCompanyApplicationPage,
} from './employer-applications.repository';
import { mapCompanyApplication } from './map-company-application';

export interface FindCompanyApplicationsOptions extends EmployerApplicationQuery {
  member: CompanyMember;
}

const DAY_MS = 86_400_000;

/**
 * Seed 002 简历管理: the company's applications of one tab (未处理 = no mark, 合适, 待定, 不合适),
 * newest first, a page at a time, under the 筛选 (投递职位, 来源, 学历, 投递时间), with every tab's
 * count under the same 筛选. Withdrawn applications are left out unless asked for.
 */
export async function findCompanyApplications(
  ctx: AppContext,
  options: FindCompanyApplicationsOptions,
): Promise<EmployerApplicationList> {
  const filters: ApplicationFilters = {
    companyId: options.member.companyId,
    jobId: options.jobId,
    source: options.source,
    education: options.education,
    appliedFrom: options.appliedFrom ? shanghaiTime(options.appliedFrom, 0) : undefined,
    appliedBefore: options.appliedTo
      ? new Date(shanghaiTime(options.appliedTo, 0).getTime() + DAY_MS)
      : undefined,
    state: options.state,
    includeWithdrawn: options.includeWithdrawn,
  };
  const { rows, total } = await findCompanyApplicationPage(ctx.db, {
    filters,
    tab: options.tab,
    ...pageWindow(options),
  });
  return {
    ...pageOf(
      options,
      rows.map((row) => mapCompanyApplication(row)),
      total,
    ),
    counts: await countByTab(ctx.db, filters),
  };
}

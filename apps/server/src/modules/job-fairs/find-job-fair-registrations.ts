import type { JobFairRegistrationPage, PageQuery } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { CompanyMember } from '../../plugins/access';
import { findCompanyRegistrationPage } from './job-fairs.repository';
import { loadRegistrations } from './load-registrations';

export interface FindJobFairRegistrationsOptions extends Pick<PageQuery, 'page' | 'pageSize'> {
  member: CompanyMember;
}

/** 我的报名: the company's registrations, newest first. */
export async function findJobFairRegistrations(
  ctx: AppContext,
  options: FindJobFairRegistrationsOptions,
): Promise<JobFairRegistrationPage> {
  const { member, ...query } = options;
  const { rows, total } = await findCompanyRegistrationPage(ctx.db, member.companyId, pageWindow(query));
  return pageOf(query, await loadRegistrations(ctx.db, rows, new Date()), total);
}

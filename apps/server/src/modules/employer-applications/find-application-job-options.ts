import type { ApplicationJobOption } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { CompanyMember } from '../../plugins/access';
import { findCompanyJobOptions } from './employer-applications.repository';

export interface FindApplicationJobOptionsOptions {
  member: CompanyMember;
}

/** 筛选's 投递职位 options: the company's jobs that are not deleted, recruiting first. */
export async function findApplicationJobOptions(
  ctx: AppContext,
  options: FindApplicationJobOptionsOptions,
): Promise<ApplicationJobOption[]> {
  return findCompanyJobOptions(ctx.db, options.member.companyId);
}

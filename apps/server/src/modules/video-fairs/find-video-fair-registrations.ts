import type { VideoFairRegistrationPage } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { CompanyMember } from '../../plugins/access';
import { loadRegistrations } from './load-registrations';
import { findCompanyRegistrationsPage } from './video-fairs.repository';

export interface FindVideoFairRegistrationsOptions {
  member: CompanyMember;
  page: number;
  pageSize: number;
}

/** 我的报名: the company's registrations, latest first. */
export async function findVideoFairRegistrations(
  ctx: AppContext,
  options: FindVideoFairRegistrationsOptions,
): Promise<VideoFairRegistrationPage> {
  const { rows, total } = await findCompanyRegistrationsPage(
    ctx.db,
    options.member.companyId,
    pageWindow(options),
  );
  return pageOf(options, await loadRegistrations(ctx.db, rows), total);
}

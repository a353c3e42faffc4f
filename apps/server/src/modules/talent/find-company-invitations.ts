import { type EmployerInvitationPage, type InvitationState, TALENT_PAGE_SIZE } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import { shanghaiDate } from '../../lib/shanghai-time';
import type { CompanyMember } from '../../plugins/access';
import { findCompanyInvitations as selectCompanyInvitations } from './invitations.repository';
import { mapEmployerInvitation } from './map-invitation';

export interface FindCompanyInvitationsOptions {
  member: CompanyMember;
  state?: InvitationState;
  page: number;
}

/** 高校人才>邀约记录: the company's invitations, 待确认 / 已同意 / 已拒绝, newest first. */
export async function findCompanyInvitations(
  ctx: AppContext,
  options: FindCompanyInvitationsOptions,
): Promise<EmployerInvitationPage> {
  const { member } = options;
  const window = { page: options.page, pageSize: TALENT_PAGE_SIZE };
  const { rows, total } = await selectCompanyInvitations(ctx.db, {
    companyId: member.companyId,
    state: options.state,
    ...pageWindow(window),
  });
  const today = shanghaiDate();
  return pageOf(
    window,
    rows.map((row) => mapEmployerInvitation(row, today)),
    total,
  );
}

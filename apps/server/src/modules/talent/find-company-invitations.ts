import { type EmployerInvitationPage, type InvitationState, TALENT_PAGE_SIZE } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { shanghaiDate } from '../../lib/shanghai-time';
import { findCompanyInvitations as selectCompanyInvitations } from './invitations.repository';
import { mapEmployerInvitation } from './map-invitation';
import { pageWindow, type TalentStaff } from './staff';

export interface FindCompanyInvitationsOptions {
  staff: TalentStaff;
  state?: InvitationState;
  page: number;
}

/** 高校人才>邀约记录: the company's invitations, 待确认 / 已同意 / 已拒绝, newest first. */
export async function findCompanyInvitations(
  ctx: AppContext,
  options: FindCompanyInvitationsOptions,
): Promise<EmployerInvitationPage> {
  const { staff, page } = options;
  const { rows, total } = await selectCompanyInvitations(ctx.db, {
    companyId: staff.companyId,
    state: options.state,
    ...pageWindow(page, TALENT_PAGE_SIZE),
  });
  const today = shanghaiDate();
  return {
    items: rows.map((row) => mapEmployerInvitation(row, today)),
    page,
    pageSize: TALENT_PAGE_SIZE,
    total,
  };
}

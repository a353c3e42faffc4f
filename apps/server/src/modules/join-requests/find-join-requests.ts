import type { JoinRequest, JoinRequestState } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { CompanyAdmin } from '../../plugins/access';
import { findJoinRequestRows } from './join-requests.repository';
import { mapJoinRequest } from './map-join-request';

export interface FindJoinRequestsOptions {
  admin: CompanyAdmin;
  state?: JoinRequestState;
}

/** The admin's own company's join requests, newest first. */
export async function findJoinRequests(
  ctx: AppContext,
  options: FindJoinRequestsOptions,
): Promise<JoinRequest[]> {
  const rows = await findJoinRequestRows(ctx.db, {
    companyId: options.admin.companyId,
    state: options.state,
  });
  return rows.map(mapJoinRequest);
}

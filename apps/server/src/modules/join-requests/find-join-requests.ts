import type { JoinRequestPage, JoinRequestState, PageQuery } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { CompanyAdmin } from '../../plugins/access';
import { countJoinRequests, findJoinRequestRows } from './join-requests.repository';
import { mapJoinRequest } from './map-join-request';

export interface FindJoinRequestsOptions extends Pick<PageQuery, 'page' | 'pageSize'> {
  admin: CompanyAdmin;
  state?: JoinRequestState;
}

/** One page of the admin's own company's join requests (in a state, if given), newest first. */
export async function findJoinRequests(
  ctx: AppContext,
  options: FindJoinRequestsOptions,
): Promise<JoinRequestPage> {
  const { admin, state, ...query } = options;
  const where = { companyId: admin.companyId, state };
  const [rows, total] = await Promise.all([
    findJoinRequestRows(ctx.db, where, pageWindow(query)),
    countJoinRequests(ctx.db, where),
  ]);
  return pageOf(query, rows.map(mapJoinRequest), total);
}

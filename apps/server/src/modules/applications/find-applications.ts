import {
  APPLICATION_QUOTA,
  type ApplicationList,
  ApplicationListQuery,
  type PageQuery,
} from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { SeekerCaller } from '../../plugins/access';
import {
  countCurrentApplications,
  countSeekerRecords,
  findLatestInterviews,
  findSeekerRecords,
  type SeekerList,
} from './applications.repository';
import { mapApplicationRecord } from './map-application';

export interface FindApplicationsOptions extends Partial<Pick<PageQuery, 'page' | 'pageSize'>> {
  seeker: SeekerCaller;
  /** Seed 000 §五: 当前应聘记录, or 历史应聘记录 (withdrawn). */
  list?: SeekerList;
}

/**
 * 我的应聘: one page of one of the two lists, newest change first, with the places used and left
 * (seed 000 §四.2). The places count only 投递: an accepted 邀约 is listed but takes none, the rule
 * applyToJob enforces, so both lists and the answer to 我要应聘 give the same numbers.
 */
export async function findApplications(
  ctx: AppContext,
  options: FindApplicationsOptions,
): Promise<z.infer<typeof ApplicationList>> {
  const { seeker, ...given } = options;
  const query = ApplicationListQuery.parse(given);
  const [rows, total, currentCount] = await Promise.all([
    findSeekerRecords(ctx.db, seeker.accountId, query.list, pageWindow(query)),
    countSeekerRecords(ctx.db, seeker.accountId, query.list),
    countCurrentApplications(ctx.db, seeker.accountId),
  ]);
  const interviews = await findLatestInterviews(
    ctx.db,
    rows.map((row) => row.application.id),
  );
  const items = rows.map((row) => mapApplicationRecord(row, interviews.get(row.application.id)));
  return {
    ...pageOf(query, items, total),
    currentCount,
    remaining: Math.max(0, APPLICATION_QUOTA - currentCount),
  };
}

import type { CampusFeedQuery, MyCampusSignupPage } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { SeekerCaller } from '../../plugins/access';
import { selectOwnSignups } from './campus-students.repository';
import { mapMySignup } from './map-campus';

export interface FindMyCampusSignupsOptions extends CampusFeedQuery {
  seeker: SeekerCaller;
}

/** 我的报名: every sign-up of the seeker with its state (已报名/已签到/已取消/已结束). */
export async function findMyCampusSignups(
  ctx: AppContext,
  options: FindMyCampusSignupsOptions,
): Promise<MyCampusSignupPage> {
  const now = new Date();
  const { rows, total } = await selectOwnSignups(ctx.db, {
    seekerAccountId: options.seeker.accountId,
    now,
    ...pageWindow(options),
  });
  return pageOf(
    options,
    rows.map((row) => mapMySignup(row, now)),
    total,
  );
}

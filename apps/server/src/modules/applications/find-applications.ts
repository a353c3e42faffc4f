import { APPLICATION_QUOTA, type ApplicationList } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { SeekerCaller } from '../../plugins/access';
import { countCurrentApplications, findLatestInterviews, findSeekerRecords } from './applications.repository';
import { mapApplicationRecord } from './map-application';

export interface FindApplicationsOptions {
  seeker: SeekerCaller;
  /** Seed 000 §五: 当前应聘记录, or 历史应聘记录 (withdrawn). */
  list: 'current' | 'history';
}

/** 我的应聘: one of the two lists, newest change first, with the places left (seed 000 §四.2). */
export async function findApplications(
  ctx: AppContext,
  options: FindApplicationsOptions,
): Promise<z.infer<typeof ApplicationList>> {
  const seekerAccountId = options.seeker.accountId;
  const rows = await findSeekerRecords(ctx.db, seekerAccountId, options.list);
  const interviews = await findLatestInterviews(
    ctx.db,
    rows.map((row) => row.application.id),
  );
  const currentCount =
    options.list === 'current' ? rows.length : await countCurrentApplications(ctx.db, seekerAccountId);
  return {
    items: rows.map((row) => mapApplicationRecord(row, interviews.get(row.application.id))),
    currentCount,
    remaining: Math.max(0, APPLICATION_QUOTA - currentCount),
  };
}

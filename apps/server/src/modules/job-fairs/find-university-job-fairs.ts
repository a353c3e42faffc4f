import type { UniversityJobFairListQuery, UniversityJobFairPage } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { UniversityStaff } from '../../plugins/access';
import { findBooths, findJobFairPage, findRegistrationsOfFairs } from './job-fairs.repository';
import { mapJobFair } from './map-job-fair';

export type FindUniversityJobFairsOptions = z.output<typeof UniversityJobFairListQuery> & {
  staff: UniversityStaff;
};

/** 双选会管理: the university's fairs, upcoming first, with their pending and approved counts. */
export async function findUniversityJobFairs(
  ctx: AppContext,
  options: FindUniversityJobFairsOptions,
): Promise<UniversityJobFairPage> {
  const { staff, ...query } = options;
  const now = new Date();
  const { rows, total } = await findJobFairPage(
    ctx.db,
    {
      universityId: staff.universityId,
      ...(query.state ? { state: query.state } : {}),
      ...(query.when ? { when: query.when } : {}),
      now,
    },
    pageWindow(query),
  );
  const ids = rows.map((row) => row.fair.id);
  const [booths, registrations] = await Promise.all([
    findBooths(ctx.db, ids),
    findRegistrationsOfFairs(ctx.db, ids, { states: ['pending', 'approved'] }),
  ]);
  const countOf = (fairId: string, state: 'pending' | 'approved') =>
    registrations.filter((r) => r.registration.fairId === fairId && r.registration.state === state).length;
  return pageOf(
    query,
    rows.map((row) => ({
      ...mapJobFair(row.fair, row.universityName, booths, now),
      pendingCount: countOf(row.fair.id, 'pending'),
      approvedCount: countOf(row.fair.id, 'approved'),
    })),
    total,
  );
}

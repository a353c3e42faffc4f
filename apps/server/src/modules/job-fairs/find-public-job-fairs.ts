import type { PublicJobFairListQuery, PublicJobFairPage } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import { findBooths, findJobFairPage } from './job-fairs.repository';
import { mapJobFair } from './map-job-fair';

export type FindPublicJobFairsOptions = z.output<typeof PublicJobFairListQuery>;

/** The students' 双选会 list: published fairs, upcoming first (soonest first), then past ones. */
export async function findPublicJobFairs(
  ctx: AppContext,
  options: FindPublicJobFairsOptions,
): Promise<PublicJobFairPage> {
  const now = new Date();
  const { rows, total } = await findJobFairPage(
    ctx.db,
    { state: 'published', ...(options.universityId ? { universityId: options.universityId } : {}), now },
    pageWindow(options),
  );
  const booths = await findBooths(
    ctx.db,
    rows.map((row) => row.fair.id),
  );
  return pageOf(
    options,
    rows.map((row) => mapJobFair(row.fair, row.universityName, booths, now)),
    total,
  );
}

import type { UniversityJobFairDetail } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { Executor } from '../../db/client';
import { requireFound, type UniversityStaff } from '../../plugins/access';
import { findBooths, findJobFair, findRegistrationsOfFairs } from './job-fairs.repository';
import { loadRegistrations } from './load-registrations';
import { mapJobFair } from './map-job-fair';

export interface GetUniversityJobFairOptions {
  staff: UniversityStaff;
  fairId: string;
  /** Read inside the caller's transaction, when there is one. */
  db?: Executor;
}

/** 双选会管理 > a fair: its booths and every registration (the contacts the companies gave). */
export async function getUniversityJobFair(
  ctx: AppContext,
  options: GetUniversityJobFairOptions,
): Promise<UniversityJobFairDetail> {
  const db = options.db ?? ctx.db;
  const now = new Date();
  const fair = requireFound(
    await findJobFair(db, options.fairId, options.staff.universityId),
    '双选会不存在',
  );
  const booths = await findBooths(db, [fair.fair.id]);
  const views = await findRegistrationsOfFairs(db, [fair.fair.id]);
  const registrations = await loadRegistrations(db, views, now, new Map([[fair.fair.id, fair]]));
  const holder = new Map(
    views
      .filter((view) => view.registration.state === 'approved' && view.registration.boothId)
      .map((view) => [view.registration.boothId!, view.registration.id]),
  );
  return {
    ...mapJobFair(fair.fair, fair.universityName, booths, now),
    booths: booths.map((booth) => ({
      id: booth.id,
      code: booth.code,
      kind: booth.kind,
      registrationId: holder.get(booth.id) ?? null,
    })),
    registrations,
  };
}

import type { PublicJobFairDetail } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { requireFound } from '../../plugins/access';
import { findBooths, findJobFair, findJobTitles, findRegistrationsOfFairs } from './job-fairs.repository';
import { mapJobFair } from './map-job-fair';

export interface GetPublicJobFairOptions {
  fairId: string;
}

/**
 * A published fair for the students: its time, place and rules, and the approved companies at
 * their booths with the jobs they bring (those still 招聘中). A cancelled fair is 404.
 */
export async function getPublicJobFair(
  ctx: AppContext,
  options: GetPublicJobFairOptions,
): Promise<PublicJobFairDetail> {
  const found = await findJobFair(ctx.db, options.fairId);
  const fair = requireFound(found?.fair.state === 'published' ? found : undefined, '双选会不存在');
  const now = new Date();
  const booths = await findBooths(ctx.db, [fair.fair.id]);
  const approved = await findRegistrationsOfFairs(ctx.db, [fair.fair.id], { states: ['approved'] });
  const jobs = await findJobTitles(ctx.db, [
    ...new Set(approved.flatMap((view) => view.registration.jobIds)),
  ]);
  const recruiting = new Map(
    jobs.filter((job) => job.state === 'recruiting').map((job) => [job.id, job.title]),
  );
  const codeOf = new Map(booths.map((booth) => [booth.id, booth.code]));
  const companies = approved
    .map(({ registration, companyName }) => ({
      id: registration.companyId,
      name: companyName,
      boothCode: registration.boothId ? (codeOf.get(registration.boothId) ?? null) : null,
      jobs: registration.jobIds.flatMap((id) =>
        recruiting.has(id) ? [{ id, title: recruiting.get(id)! }] : [],
      ),
    }))
    .sort((a, b) => (a.boothCode ?? '~').localeCompare(b.boothCode ?? '~'));
  return { ...mapJobFair(fair.fair, fair.universityName, booths, now), companies };
}

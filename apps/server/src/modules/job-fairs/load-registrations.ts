import type { JobFairRegistration } from '@openrecruit/shared';
import type { Executor } from '../../db/client';
import { findBooths, findJobFair, findJobTitles, type JobFairWithUniversity } from './job-fairs.repository';
import { mapRegistration, type RegistrationView } from './map-job-fair';

/** Maps registrations of any fairs: loads their fairs, booths and job titles in three queries. */
export async function loadRegistrations(
  db: Executor,
  views: RegistrationView[],
  now: Date,
  fairs?: Map<string, JobFairWithUniversity>,
): Promise<JobFairRegistration[]> {
  const fairIds = [...new Set(views.map((view) => view.registration.fairId))];
  const known = fairs ?? new Map<string, JobFairWithUniversity>();
  for (const id of fairIds)
    if (!known.has(id)) {
      const fair = await findJobFair(db, id);
      if (fair) known.set(id, fair);
    }
  const booths = await findBooths(db, fairIds);
  const titles = new Map(
    (await findJobTitles(db, [...new Set(views.flatMap((view) => view.registration.jobIds))])).map((job) => [
      job.id,
      job.title,
    ]),
  );
  return views.map((view) =>
    mapRegistration(view, known.get(view.registration.fairId)!, booths, titles, now),
  );
}

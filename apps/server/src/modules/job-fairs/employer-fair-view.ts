import type { EmployerJobFair } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { CompanyMember } from '../../plugins/access';
import { entryStateOf, newestPerUniversity } from '../university-entries/entry-state';
import { findEntryRequestRows } from '../university-entries/university-entries.repository';
import {
  findBooths,
  findCompanyRegistrationsOfFairs,
  type JobFairWithUniversity,
} from './job-fairs.repository';
import { loadRegistrations } from './load-registrations';
import { mapJobFair } from './map-job-fair';

/** The fairs with the company's entry state at each university and its own 报名 (its newest). */
export async function withCompanyView(
  ctx: AppContext,
  member: CompanyMember,
  fairs: JobFairWithUniversity[],
): Promise<EmployerJobFair[]> {
  const now = new Date();
  const ids = fairs.map((f) => f.fair.id);
  const [booths, entries, views] = await Promise.all([
    findBooths(ctx.db, ids),
    findEntryRequestRows(ctx.db, member.companyId, [...new Set(fairs.map((f) => f.fair.universityId))]),
    findCompanyRegistrationsOfFairs(ctx.db, member.companyId, ids),
  ]);
  const newestEntry = newestPerUniversity(entries);
  const registrations = await loadRegistrations(
    ctx.db,
    views,
    now,
    new Map(fairs.map((f) => [f.fair.id, f])),
  );
  return fairs.map(({ fair, universityName }) => {
    const mine = registrations.filter((r) => r.fair.id === fair.id);
    return {
      ...mapJobFair(fair, universityName, booths, now),
      entryState: entryStateOf(newestEntry.get(fair.universityId)?.state),
      registration: mine.find((r) => r.state === 'pending' || r.state === 'approved') ?? mine.at(-1) ?? null,
    };
  });
}

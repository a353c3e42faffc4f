import { CLOUD_LIVE_LIMITS } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { Executor } from '../../db/client';
import type { CompanyMember, SeekerCaller } from '../../plugins/access';
import { notFound } from '../../plugins/access';
import { findStudentUniversity } from '../campus-students/student-university';
import {
  findApprovedUniversityIds,
  findLivePresentation,
  findPresentViewers,
  type LivePresentationRow,
} from './cloud-live.repository';

/** The company's live 云宣讲, or 404 (another company's, a recorded one, withdrawn, missing). */
export async function requireCompanyLive(
  db: Executor,
  member: Pick<CompanyMember, 'companyId'>,
  presentationId: string,
): Promise<LivePresentationRow> {
  const row = await findLivePresentation(db, presentationId);
  if (!row || row.companyId !== member.companyId) throw notFound();
  return row;
}

/** A live 云宣讲 the seeker may watch: a student of a university that approved it; others 404. */
export async function findViewableLive(
  ctx: AppContext,
  seeker: SeekerCaller,
  presentationId: string,
): Promise<LivePresentationRow | null> {
  const row = await findLivePresentation(ctx.db, presentationId);
  if (!row) return null;
  const university = await findStudentUniversity(ctx.db, seeker.accountId);
  if (!university) return null;
  const approved = await findApprovedUniversityIds(ctx.db, presentationId);
  return approved.includes(university.id) ? row : null;
}

export async function requireViewableLive(ctx: AppContext, seeker: SeekerCaller, presentationId: string) {
  const row = await findViewableLive(ctx, seeker, presentationId);
  if (!row) throw notFound();
  return row;
}

/** The viewers whose page reported within three heartbeats. */
export function presentViewers(db: Executor, presentationId: string, now = new Date()) {
  const since = new Date(now.getTime() - 3 * CLOUD_LIVE_LIMITS.heartbeatSeconds * 1000);
  return findPresentViewers(db, presentationId, since);
}

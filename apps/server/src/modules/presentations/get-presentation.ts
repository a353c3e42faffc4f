import type { Presentation } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { Executor } from '../../db/client';
import { type CompanyMember, requireFound, type UniversityStaff } from '../../plugins/access';
import { mapPresentation } from './map-presentation';
import { findJobTitles, findPresentationRow, type PresentationListRow } from './presentations.repository';

export interface GetPresentationOptions {
  /** The company's HR (its own presentations), or a university's staff (those at the university). */
  caller: { member: CompanyMember } | { staff: UniversityStaff };
  presentationId: string;
}

/** Rows → items with their jobs' titles (one query for the page). */
export async function mapPresentationRows(db: Executor, rows: PresentationListRow[]) {
  const titles = await findJobTitles(db, [...new Set(rows.flatMap((row) => row.presentation.jobIds))]);
  const byId = new Map(titles.map((job) => [job.id, job.title]));
  const now = new Date();
  return rows.map((row) => mapPresentation(row, byId, now));
}

/** One 宣讲会: the company's own, or one at the staff member's university; anything else 404. */
export async function getPresentation(
  ctx: AppContext,
  options: GetPresentationOptions,
): Promise<Presentation> {
  const where =
    'member' in options.caller
      ? { id: options.presentationId, companyId: options.caller.member.companyId }
      : { id: options.presentationId, universityId: options.caller.staff.universityId };
  const row = requireFound(await findPresentationRow(ctx.db, where), '宣讲会不存在');
  const [item] = await mapPresentationRows(ctx.db, [row]);
  return item!;
}

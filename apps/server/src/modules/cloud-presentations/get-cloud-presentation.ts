import type { CloudPresentation } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { type CompanyMember, notFound } from '../../plugins/access';
import { jobTitlesOf } from './cloud-presentation-jobs';
import { findCloudPresentation, findTargetsWithNames } from './cloud-presentations.repository';
import { mapCloudPresentation } from './map-cloud-presentation';

export interface GetCloudPresentationOptions {
  member: CompanyMember;
  presentationId: string;
}

/** One 云宣讲 of the company with each university's state; another company's is 404. */
export async function getCloudPresentation(
  ctx: AppContext,
  options: GetCloudPresentationOptions,
): Promise<CloudPresentation> {
  const row = await findCloudPresentation(ctx.db, options.presentationId);
  if (!row || row.companyId !== options.member.companyId) throw notFound('云宣讲不存在');
  const [titles, targets] = await Promise.all([
    jobTitlesOf(ctx.db, [row]),
    findTargetsWithNames(ctx.db, [row.id]),
  ]);
  return mapCloudPresentation(row, titles, targets);
}

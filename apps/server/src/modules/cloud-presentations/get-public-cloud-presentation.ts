import type { PublicCloudPresentation } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { requireFound } from '../../plugins/access';
import { jobTitlesOf } from './cloud-presentation-jobs';
import { findPublicCloudPresentation } from './cloud-presentations.repository';
import { mapPublicCloudPresentation } from './map-cloud-presentation';

export interface GetPublicCloudPresentationOptions {
  presentationId: string;
}

/** A 云宣讲 approved at some university and not withdrawn (no login); anything else is 404. */
export async function getPublicCloudPresentation(
  ctx: AppContext,
  options: GetPublicCloudPresentationOptions,
): Promise<PublicCloudPresentation> {
  const row = requireFound(await findPublicCloudPresentation(ctx.db, options.presentationId), '云宣讲不存在');
  return mapPublicCloudPresentation(row, await jobTitlesOf(ctx.db, [row]));
}

import type { PublicBrochure } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { requireFound } from '../../plugins/access';
import { findPublicBrochure, findRecruitingJobs } from './brochures.repository';
import { mapPublicBrochureSummary, publicImageUrl } from './map-brochure';

export interface GetPublicBrochureOptions {
  publicationId: string;
}

/** One brochure as a university shows it: its approved version, with the jobs still 招聘中. */
export async function getPublicBrochure(
  ctx: AppContext,
  options: GetPublicBrochureOptions,
): Promise<PublicBrochure> {
  const row = requireFound(await findPublicBrochure(ctx.db, options.publicationId), '招聘简章不存在');
  const recruiting = new Map((await findRecruitingJobs(ctx.db, row.version.jobIds)).map((j) => [j.id, j]));
  return {
    ...mapPublicBrochureSummary(row),
    html: row.version.bodyHtml,
    images: row.version.imageFileIds.map((id) => ({ id, url: publicImageUrl(row.publicationId, id) })),
    jobs: row.version.jobIds.flatMap((id) => {
      const job = recruiting.get(id);
      return job ? [{ id: job.id, title: job.title }] : [];
    }),
  };
}

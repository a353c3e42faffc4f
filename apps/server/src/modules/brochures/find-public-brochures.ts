import type { PublicBrochurePage } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import { findPublicBrochurePage } from './brochures.repository';
import { mapPublicBrochureSummary } from './map-brochure';

export interface FindPublicBrochuresOptions {
  universityId?: string;
  companyId?: string;
  page: number;
  pageSize: number;
}

/** The students' 招聘简章 feed: approved versions (of one university, or all), newest approval first. */
export async function findPublicBrochures(
  ctx: AppContext,
  options: FindPublicBrochuresOptions,
): Promise<PublicBrochurePage> {
  const { rows, total } = await findPublicBrochurePage(
    ctx.db,
    {
      ...(options.universityId ? { universityId: options.universityId } : {}),
      ...(options.companyId ? { companyId: options.companyId } : {}),
    },
    pageWindow(options),
  );
  return pageOf(options, rows.map(mapPublicBrochureSummary), total);
}

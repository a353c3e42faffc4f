import type { BrochurePage } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { CompanyMember } from '../../plugins/access';
import { findBrochurePage } from './brochures.repository';
import { mapBrochureSummaries } from './map-brochure';

export interface FindBrochuresOptions {
  member: CompanyMember;
  page: number;
  pageSize: number;
}

/** 招聘简章 list: the company's brochures, last edited first, each with its state per university. */
export async function findBrochures(ctx: AppContext, options: FindBrochuresOptions): Promise<BrochurePage> {
  const { rows, total } = await findBrochurePage(ctx.db, options.member.companyId, pageWindow(options));
  return pageOf(options, await mapBrochureSummaries(ctx.db, rows), total);
}

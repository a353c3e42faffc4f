import type { PresentationListQuery, PresentationPage } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { CompanyMember } from '../../plugins/access';
import { mapPresentationRows } from './get-presentation';
import { findPresentationPage } from './presentations.repository';

export interface FindPresentationsOptions {
  member: CompanyMember;
  query: z.output<typeof PresentationListQuery>;
}

/** 校园招聘 > 宣讲会: the company's applications, newest first (any HR of the company). */
export async function findPresentations(
  ctx: AppContext,
  options: FindPresentationsOptions,
): Promise<PresentationPage> {
  const { query } = options;
  const { items, total } = await findPresentationPage(
    ctx.db,
    {
      companyId: options.member.companyId,
      ...(query.state ? { state: query.state } : {}),
      ...(query.universityId ? { universityId: query.universityId } : {}),
    },
    pageWindow(query),
  );
  return pageOf(query, await mapPresentationRows(ctx.db, items), total);
}

import type { PageQuery, UniversityEntryPage } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { CompanyMember } from '../../plugins/access';
import { newestPerUniversity } from './entry-state';
import { mapUniversityEntry } from './map-university-entry';
import {
  countUniversityRows,
  findEntryRequestRows,
  findUniversityRowsPage,
} from './university-entries.repository';

export interface FindUniversityEntriesOptions extends Pick<PageQuery, 'page' | 'pageSize'> {
  member: CompanyMember;
}

/** 入驻高校 (seed 002 校园招聘): every university, by name, with the company's state there. */
export async function findUniversityEntries(
  ctx: AppContext,
  options: FindUniversityEntriesOptions,
): Promise<UniversityEntryPage> {
  const { member, ...query } = options;
  const [universities, total] = await Promise.all([
    findUniversityRowsPage(ctx.db, pageWindow(query)),
    countUniversityRows(ctx.db),
  ]);
  const newest = newestPerUniversity(
    await findEntryRequestRows(
      ctx.db,
      member.companyId,
      universities.map((u) => u.id),
    ),
  );
  return pageOf(
    query,
    universities.map((university) => mapUniversityEntry(university, newest.get(university.id))),
    total,
  );
}

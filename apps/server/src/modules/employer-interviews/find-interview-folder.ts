import type { InterviewFolderPage, PageQuery } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { CompanyMember } from '../../plugins/access';
import { findFolderPage } from './interview-folder.repository';
import { mapFolderItem } from './map-interview-folder-item';

export interface FindInterviewFolderOptions extends Pick<PageQuery, 'page' | 'pageSize'> {
  member: CompanyMember;
}

/** 面试夹: the resumes the HR team means to interview, the last added first. */
export async function findInterviewFolder(
  ctx: AppContext,
  options: FindInterviewFolderOptions,
): Promise<InterviewFolderPage> {
  const { items, total } = await findFolderPage(ctx.db, options.member.companyId, pageWindow(options));
  return pageOf(options, items.map(mapFolderItem), total);
}

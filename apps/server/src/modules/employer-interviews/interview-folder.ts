import {
  type AddToInterviewFolderResult,
  APPLICATION_MARKS,
  EDUCATION_LEVELS,
  EMPLOYER_STATE_LABELS,
  type InterviewFolderItem,
  type InterviewFolderPage,
  labelOf,
  type PageQuery,
} from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { pageWindow } from '../../lib/paging';
import type { CompanyMember } from '../../plugins/access';
import {
  deleteFolderItem,
  type FolderItemRow,
  findCompanyApplicationStates,
  findFolderPage,
  insertFolderItems,
} from './interview-folder.repository';

export function candidateOf(row: FolderItemRow['candidate']) {
  return {
    name: row.name,
    sex: row.sex,
    educationLabel: labelOf(EDUCATION_LEVELS, row.education) ?? null,
    mobileMasked: row.mobileMasked,
  };
}

function mapFolderItem(row: FolderItemRow): InterviewFolderItem {
  return {
    applicationId: row.applicationId,
    candidate: candidateOf(row.candidate),
    job: row.job,
    mark: row.mark,
    // Seed 002 简历管理: no mark = 未处理.
    markLabel: labelOf(APPLICATION_MARKS, row.mark) ?? '未处理',
    stateLabel: EMPLOYER_STATE_LABELS[row.state],
    withdrawn: row.withdrawnAt !== null,
    appliedAt: row.appliedAt.toISOString(),
    addedAt: row.addedAt.toISOString(),
  };
}

/** 面试夹: the resumes the HR team means to interview, the last added first. */
export async function findInterviewFolder(
  ctx: AppContext,
  options: { member: CompanyMember } & PageQuery,
): Promise<InterviewFolderPage> {
  const { items, total } = await findFolderPage(ctx.db, options.member.companyId, pageWindow(options));
  return { items: items.map(mapFolderItem), total };
}

/**
 * Adds the company's current applications to the 面试夹, all or none: an unknown (or another
 * company's) application is 404, a withdrawn one is refused. What is there already stays once.
 */
export async function addToInterviewFolder(
  ctx: AppContext,
  options: { member: CompanyMember; applicationIds: string[] },
): Promise<AddToInterviewFolderResult> {
  const ids = [...new Set(options.applicationIds)];
  const found = await findCompanyApplicationStates(ctx.db, options.member.companyId, ids);
  if (found.length !== ids.length) throw new AppError('NOT_FOUND', '所选简历不存在或已删除，请刷新后重试');
  if (found.some((row) => row.withdrawnAt !== null)) {
    throw new AppError('INVALID_STATE', '所选简历中有求职者已撤销的应聘，不能加入面试夹');
  }
  const added = await insertFolderItems(ctx.db, {
    companyId: options.member.companyId,
    addedBy: options.member.accountId,
    applicationIds: ids,
  });
  return { added, alreadyInFolder: ids.length - added };
}

export async function removeFromInterviewFolder(
  ctx: AppContext,
  options: { member: CompanyMember; applicationId: string },
): Promise<{ ok: true }> {
  const removed = await deleteFolderItem(ctx.db, options.member.companyId, options.applicationId);
  if (!removed) throw new AppError('NOT_FOUND', '该简历不在面试夹中');
  return { ok: true };
}

import {
  APPLICATION_MARKS,
  EDUCATION_LEVELS,
  EMPLOYER_STATE_LABELS,
  type InterviewFolderItem,
  labelOf,
} from '@openrecruit/shared';
import type { FolderItemRow } from './interview-folder.repository';

/** What the 面试夹 and 面试安排 show of a candidate: never the full contact details. */
export function candidateOf(row: FolderItemRow['candidate']) {
  return {
    name: row.name,
    sex: row.sex,
    educationLabel: labelOf(EDUCATION_LEVELS, row.education) ?? null,
    mobileMasked: row.mobileMasked,
  };
}

export function mapFolderItem(row: FolderItemRow): InterviewFolderItem {
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

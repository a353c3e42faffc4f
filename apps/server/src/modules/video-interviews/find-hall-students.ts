import type { HallQuery, HallStudent, HallStudentPage } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import { shanghaiDate } from '../../lib/shanghai-time';
import type { CompanyMember } from '../../plugins/access';
import { requireApprovedRegistration } from './company-access';
import { mapStudent, type StudentColumns } from './map-video-interview';
import { findHallStudents as selectHallStudents } from './video-interviews.repository';

export interface FindHallStudentsOptions extends HallQuery {
  member: CompanyMember;
  registrationId: string;
}

export function relationOf(state: string | null): HallStudent['relation'] {
  switch (state) {
    case 'invited':
    case 'applied':
    case 'queued':
    case 'in_progress':
      return state;
    case 'completed':
      return 'interviewed';
    default:
      return 'none';
  }
}

/**
 * Seed 002 方式一 求职者大厅 (and 面试间 从人才大厅邀请): the students who signed up for the fair, masked
 * like 高校人才 (陈先生; no contact), searchable by 专业, 学历, 求职意向 and a keyword. Each row says
 * where the company stands with the student. Masked, so not an audited personal-data read.
 */
export async function findHallStudents(
  ctx: AppContext,
  options: FindHallStudentsOptions,
): Promise<HallStudentPage> {
  const registration = await requireApprovedRegistration(ctx.db, options.member, options.registrationId);
  const { rows, total } = await selectHallStudents(ctx.db, {
    fairId: registration.fairId,
    companyId: registration.companyId,
    major: options.major,
    education: options.education,
    intention: options.intention,
    keyword: options.keyword,
    ...pageWindow(options),
  });
  const today = shanghaiDate();
  return pageOf(
    options,
    rows.map((row) => ({
      ...mapStudent(row as StudentColumns, today),
      relation: relationOf(row.latestState),
      interviewId: row.latestState && relationOf(row.latestState) !== 'none' ? row.latestInterviewId : null,
      signedUpAt: row.signedUpAt.toISOString(),
    })),
    total,
  );
}

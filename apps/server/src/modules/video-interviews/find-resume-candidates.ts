import type { PageQuery, ResumeCandidatePage } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import { shanghaiDate } from '../../lib/shanghai-time';
import type { CompanyMember } from '../../plugins/access';
import { requireApprovedRegistration } from './company-access';
import { relationOf } from './find-hall-students';
import { mapStudent, type StudentColumns } from './map-video-interview';
import { findInterestedResumes } from './video-interviews.repository';

export interface FindResumeCandidatesOptions extends PageQuery {
  member: CompanyMember;
  registrationId: string;
}

/**
 * Seed 002 方式三 面试间 从简历管理邀请: "弹框显示全部有意向的简历" — the company's current resumes
 * marked 合适 or 待定 in 简历管理, with whether each student is already invited and signed up.
 */
export async function findResumeCandidates(
  ctx: AppContext,
  options: FindResumeCandidatesOptions,
): Promise<ResumeCandidatePage> {
  const registration = await requireApprovedRegistration(ctx.db, options.member, options.registrationId);
  const { rows, total } = await findInterestedResumes(ctx.db, {
    companyId: registration.companyId,
    fairId: registration.fairId,
    ...pageWindow(options),
  });
  const today = shanghaiDate();
  return pageOf(
    options,
    rows.map((row) => {
      const relation = relationOf(row.latestState);
      return {
        ...mapStudent(row as StudentColumns, today),
        applicationId: row.applicationId,
        mark: row.mark === 'undecided' ? ('undecided' as const) : ('suitable' as const),
        job: { id: row.jobId, title: row.jobTitle },
        signedUp: row.signedUp,
        relation,
        interviewId: relation === 'none' ? null : row.latestInterviewId,
      };
    }),
    total,
  );
}

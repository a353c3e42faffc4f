import type { ApplicationVideoEvaluationList } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { type CompanyMember, notFound } from '../../plugins/access';
import { mapEmployerInterview } from './map-video-interview';
import { applicationExists, findApplicationEvaluations } from './video-interviews.repository';

export interface FindApplicationVideoEvaluationsOptions {
  member: CompanyMember;
  applicationId: string;
}

/** 简历管理's resume detail: the 视频双选会 evaluations filed on this application (404 if not the company's). */
export async function findApplicationVideoEvaluations(
  ctx: AppContext,
  options: FindApplicationVideoEvaluationsOptions,
): Promise<ApplicationVideoEvaluationList> {
  const { member, applicationId } = options;
  if (!(await applicationExists(ctx.db, member.companyId, applicationId))) throw notFound();
  const rows = await findApplicationEvaluations(ctx.db, member.companyId, applicationId);
  const now = new Date();
  return {
    items: rows.flatMap((row) => {
      const evaluation = mapEmployerInterview(row, undefined, now).evaluation;
      if (!evaluation) return [];
      return [
        {
          ...evaluation,
          interviewId: row.id,
          fair: { id: row.fairId, title: row.fairTitle },
          room: row.room,
          medium: row.medium,
          endedAt: row.endedAt?.toISOString() ?? null,
        },
      ];
    }),
  };
}

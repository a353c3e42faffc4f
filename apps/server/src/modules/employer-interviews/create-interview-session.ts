import type { CreateInterviewSessionInput, InterviewSessionDetail } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import type { CompanyMember } from '../../plugins/access';
import { getInterviewSession } from './get-interview-session';
import { findFolderApplicationIds } from './interview-folder.repository';
import { insertSession, isCompanyJob, isUniversity } from './interview-sessions.repository';

export interface CreateInterviewSessionOptions {
  member: CompanyMember;
  input: z.output<typeof CreateInterviewSessionInput>;
}

/**
 * 面试安排>新增面试 (seed 002 首页): a 线下面试 or 学校远程面试 with the students imported from the
 * 面试夹. Nobody is notified yet: 一键通知 does that, candidate by candidate.
 */
export async function createInterviewSession(
  ctx: AppContext,
  options: CreateInterviewSessionOptions,
): Promise<InterviewSessionDetail> {
  const { member, input } = options;
  const startsAt = new Date(input.startsAt);
  if (startsAt.getTime() <= Date.now()) throw AppError.fieldError('startsAt', '面试时间不能早于当前时间');
  if (input.jobId) {
    if (!(await isCompanyJob(ctx.db, member.companyId, input.jobId)))
      throw AppError.fieldError('jobId', '职位不存在或已删除');
  }
  const universityId = input.mode === 'campus_remote' ? (input.universityId ?? null) : null;
  if (universityId) {
    if (!(await isUniversity(ctx.db, universityId)))
      throw AppError.fieldError('universityId', '所选学校不存在');
  }
  const ids = [...new Set(input.applicationIds)];
  const inFolder = await findFolderApplicationIds(ctx.db, member.companyId, ids);
  if (inFolder.size !== ids.length) {
    throw AppError.fieldError('applicationIds', '所选学生须先加入面试夹，请刷新面试夹后重新选择');
  }
  const session = await ctx.db.transaction((tx) =>
    insertSession(
      tx,
      {
        companyId: member.companyId,
        mode: input.mode,
        title: input.title,
        jobId: input.jobId ?? null,
        universityId,
        startsAt,
        endsAt: input.endsAt ? new Date(input.endsAt) : null,
        location: input.location,
        contactName: input.contactName,
        contactPhone: input.contactPhone,
        note: input.note,
        createdBy: member.accountId,
      },
      ids,
    ),
  );
  return getInterviewSession(ctx, { member, sessionId: session.id });
}

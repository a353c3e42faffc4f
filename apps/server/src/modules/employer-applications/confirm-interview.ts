import type { EmployerInterviewResult, InterviewDetails } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { formatShanghaiDateTime } from '../../lib/shanghai-time';
import { notifyCompany, notifySeeker } from '../applications/application-events';
import { advanceApplication } from '../applications/application-state';
import {
  findLatestInterview,
  insertMessage,
  lockApplication,
  updateApplicationState,
  updateInterview,
} from '../applications/applications.repository';
import type { CompanyStaff } from './company-staff';
import { getInterviewResult } from './get-interview-result';

export interface ConfirmInterviewOptions {
  staff: CompanyStaff;
  applicationId: string;
  details: z.infer<typeof InterviewDetails>;
}

/** Seed 000 §六.4: the full notice the seeker receives once HR confirms. */
export function interviewConfirmationText(details: z.infer<typeof InterviewDetails>): string {
  return [
    `面试时间：${formatShanghaiDateTime(new Date(details.time))}`,
    `面试地点：${details.location}`,
    `单位联系人：${details.contactName}`,
    `电话：${details.contactPhone}`,
    `备注：${details.note || '无'}`,
  ].join('\n');
}

/**
 * After the seeker chose 参加面试, HR confirms 面试时间, 面试地点, 单位联系人, 电话 and 备注; the
 * seeker gets them as a new interview notice (面试通知NEW again).
 */
export async function confirmInterview(
  ctx: AppContext,
  options: ConfirmInterviewOptions,
): Promise<EmployerInterviewResult> {
  const { staff, applicationId, details } = options;
  const time = new Date(details.time);
  if (time.getTime() <= Date.now()) throw AppError.fieldError('time', '面试时间不能早于当前时间');
  const { seekerAccountId, message } = await ctx.db.transaction(async (tx) => {
    const application = await lockApplication(tx, applicationId, { companyId: staff.companyId });
    if (!application) throw new AppError('NOT_FOUND');
    const state = advanceApplication(application.state, 'confirm');
    const interview = await findLatestInterview(tx, applicationId);
    if (interview?.state !== 'accepted') throw new AppError('INVALID_STATE');
    await updateInterview(tx, interview.id, {
      state: 'confirmed',
      confirmedAt: new Date(),
      time,
      location: details.location,
      contactName: details.contactName,
      contactPhone: details.contactPhone,
      note: details.note,
    });
    await updateApplicationState(tx, applicationId, { state, interviewNoticeUnseen: 1 });
    const message = await insertMessage(tx, {
      applicationId,
      sender: 'employer',
      senderAccountId: staff.accountId,
      kind: 'interview_confirmation',
      body: interviewConfirmationText(details),
    });
    return { seekerAccountId: application.seekerAccountId, message };
  });
  await notifySeeker(
    ctx,
    seekerAccountId,
    { type: 'message', kind: 'interview_confirmation' },
    applicationId,
  );
  await notifyCompany(ctx, staff.companyId, 'applications.changed', applicationId);
  return getInterviewResult(ctx, { staff, applicationId, message });
}

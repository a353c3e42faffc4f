import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import type { SeekerCaller } from '../../plugins/access';
import { findLatestInterviewRound, getOwnedRecord } from './application-thread';
import { buildInterviewCalendar } from './interview-calendar';

export interface GetInterviewCalendarOptions {
  seeker: SeekerCaller;
  applicationId: string;
}

/** The confirmed interview (seed 000 §六.4) as a calendar file; before confirmation there is none. */
export async function getInterviewCalendar(ctx: AppContext, options: GetInterviewCalendarOptions) {
  const seekerAccountId = options.seeker.accountId;
  const row = await getOwnedRecord(ctx.db, { seekerAccountId }, options.applicationId);
  const interview = await findLatestInterviewRound(ctx.db, row.application.id);
  if (
    row.application.state !== 'interview_confirmed' ||
    interview?.state !== 'confirmed' ||
    !interview.time
  ) {
    throw new AppError('INVALID_STATE', '单位确认面试安排后才能添加到日历');
  }
  return buildInterviewCalendar({
    uid: `interview-${interview.id}@openrecruit`,
    stamp: new Date(),
    start: interview.time,
    summary: `面试：${row.job.title}（${row.companyName}）`,
    location: interview.location ?? '',
    description: [
      `单位联系人：${interview.contactName ?? ''}`,
      `电话：${interview.contactPhone ?? ''}`,
      `备注：${interview.note || '无'}`,
    ].join('\n'),
  });
}

import { INTERVIEW_SESSION_MODE_LABELS } from '@openrecruit/shared';
import { formatShanghaiDateTime, shanghaiDate } from '../../lib/shanghai-time';
import type { SessionRow } from './interview-sessions.repository';

/** '2026年11月22日（星期日）14:00至16:00', or the full end when it is another day. */
function timeRange(startsAt: Date, endsAt: Date | null): string {
  const start = formatShanghaiDateTime(startsAt);
  if (!endsAt) return start;
  const end = formatShanghaiDateTime(endsAt);
  return `${start}至${shanghaiDate(endsAt) === shanghaiDate(startsAt) ? end.slice(-5) : end}`;
}

/**
 * The notice a candidate of a 面试安排 receives (seed 000 §六.3-4 lists what a notice tells:
 * 面试时间, 面试地点, 单位联系人, 电话, 备注), times in Asia/Shanghai.
 */
export function interviewInvitationText(
  session: Pick<
    SessionRow,
    'mode' | 'title' | 'startsAt' | 'endsAt' | 'location' | 'contactName' | 'contactPhone' | 'note'
  >,
  candidate: { name: string; jobTitle: string; universityName?: string | null },
): string {
  const place =
    session.mode === 'campus_remote'
      ? [
          `面试方式：${INTERVIEW_SESSION_MODE_LABELS.campus_remote}${candidate.universityName ? `（${candidate.universityName}）` : ''}`,
          `会议链接/房间：${session.location}`,
        ]
      : [`面试地点：${session.location}`];
  return [
    `${candidate.name}您好！您应聘的“${candidate.jobTitle}”岗位已通过初步筛选，诚邀您参加“${session.title}”。`,
    `面试时间：${timeRange(session.startsAt, session.endsAt)}`,
    ...place,
    `单位联系人：${session.contactName}`,
    `电话：${session.contactPhone}`,
    `备注：${session.note || '无'}`,
    '请在下方选择“参加面试”或“不参加面试”。',
  ].join('\n');
}

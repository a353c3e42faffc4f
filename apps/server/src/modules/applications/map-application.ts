import {
  APPLICATION_STATE_LABELS,
  type ApplicationRecord,
  type InterviewView,
  type Message,
} from '@openrecruit/shared';
import type { z } from 'zod';
import type { InterviewRow, MessageRow, RecordRow } from './applications.repository';

/** An interview round as both sides see it; the details only once the employer confirmed them. */
export function mapInterview(row: InterviewRow): z.infer<typeof InterviewView> {
  return {
    state: row.state,
    invitation: row.invitation,
    invitedAt: row.invitedAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
    details:
      row.state === 'confirmed' && row.time
        ? {
            time: row.time.toISOString(),
            location: row.location ?? '',
            contactName: row.contactName ?? '',
            contactPhone: row.contactPhone ?? '',
            note: row.note ?? '',
          }
        : null,
  };
}

export function mapMessage(row: MessageRow): Message {
  return {
    id: row.id,
    from: row.sender,
    kind: row.kind,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The seeker's view of one application (seed 000 §五, §六). */
export function mapApplicationRecord(row: RecordRow, interview: InterviewRow | undefined): ApplicationRecord {
  const { application, job } = row;
  return {
    id: application.id,
    job: { ...job, companyName: row.companyName },
    state: application.state,
    stateLabel: APPLICATION_STATE_LABELS[application.state],
    isVoid: application.state === 'interview_declined',
    viewedByEmployer: application.viewedAt !== null,
    appliedAt: application.createdAt.toISOString(),
    lastChangedAt: application.lastChangedAt.toISOString(),
    withdrawnAt: application.withdrawnAt?.toISOString() ?? null,
    unreadReplies: application.seekerUnread,
    hasNewInterviewNotice: application.interviewNoticeUnseen > 0,
    interview: interview ? mapInterview(interview) : null,
  };
}

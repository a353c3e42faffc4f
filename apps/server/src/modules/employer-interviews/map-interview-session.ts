import {
  INTERVIEW_ANSWER_LABELS,
  INTERVIEW_NOTIFY_STATE_LABELS,
  INTERVIEW_SESSION_MODE_LABELS,
  type InterviewSessionCandidate,
  type InterviewSessionSummary,
} from '@openrecruit/shared';
import type { CandidateCounts, SessionCandidateRow, SessionWithNames } from './interview-sessions.repository';
import { candidateOf } from './map-interview-folder-item';

const NO_CANDIDATES: CandidateCounts = {
  total: 0,
  pending: 0,
  failed: 0,
  invited: 0,
  accepted: 0,
  declined: 0,
  confirmed: 0,
};

export function mapSession(row: SessionWithNames, counts = NO_CANDIDATES): InterviewSessionSummary {
  const { session } = row;
  return {
    id: session.id,
    mode: session.mode,
    modeLabel: INTERVIEW_SESSION_MODE_LABELS[session.mode],
    title: session.title,
    job: row.job,
    university: row.university,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt?.toISOString() ?? null,
    location: session.location,
    contactName: session.contactName,
    contactPhone: session.contactPhone,
    note: session.note,
    counts,
    createdAt: session.createdAt.toISOString(),
  };
}

export function mapCandidate(row: SessionCandidateRow): InterviewSessionCandidate {
  return {
    applicationId: row.row.applicationId,
    candidate: candidateOf(row.candidate),
    job: row.job,
    notifyState: row.row.notifyState,
    notifyStateLabel: INTERVIEW_NOTIFY_STATE_LABELS[row.row.notifyState],
    notifyError: row.row.notifyError,
    notifiedAt: row.row.notifiedAt?.toISOString() ?? null,
    answer: row.answer,
    answerLabel: row.answer ? INTERVIEW_ANSWER_LABELS[row.answer] : null,
  };
}

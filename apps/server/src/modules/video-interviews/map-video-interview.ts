import {
  EDUCATION_LEVELS,
  type EmployerVideoInterview,
  labelOf,
  type QueuePlace,
  type SeekerVideoInterview,
  VIDEO_INTERVIEW_NEXT_STEPS,
  type VideoFairStudentSummary,
  type VideoInterviewEvaluation,
  type VideoInterviewNextStep,
} from '@openrecruit/shared';
import type { VideoFairInterviewer } from '../../db/schema';
import { ageOn, shanghaiDate } from '../../lib/shanghai-time';
import { newestEducations, parseResume, politeName } from '../talent/map-talent';
import { VIDEO_INTERVIEW_STATE_LABELS } from './video-interview-machine';
import { holdUntil, joinBy } from './video-interview-rules';
import type { InterviewRow } from './video-interviews.repository';

// What each side sees of an interview. The company sees the student masked (陈先生), as the talent
// centre's 高校人才 does; the student never sees the evaluation, only the result in words.

export interface StudentColumns {
  seekerAccountId: string;
  name: string;
  sex: 'M' | 'F';
  birthDate: string;
  education: string | null;
  educations: unknown[] | null;
  experiences: unknown[] | null;
  skills: string[] | null;
  jobIntention: Record<string, unknown> | null;
}

export function mapStudent(row: StudentColumns, today = shanghaiDate()): VideoFairStudentSummary {
  const resume = parseResume({
    educations: row.educations ?? [],
    experiences: row.experiences ?? [],
    skills: row.skills ?? [],
    jobIntention: row.jobIntention,
  });
  const latest = newestEducations(resume.educations)[0];
  const education = row.education ?? latest?.education ?? null;
  return {
    seekerAccountId: row.seekerAccountId,
    displayName: politeName(row.name, row.sex),
    sex: row.sex,
    age: ageOn(row.birthDate, today),
    educationLabel: labelOf(EDUCATION_LEVELS, education) ?? null,
    school: latest?.school ?? '',
    major: latest?.major ?? '',
    graduationMonth: latest?.endMonth ?? null,
    intentions: resume.jobIntention?.occupations ?? [],
    skills: resume.skills,
  };
}

/** The room's clock: the mean interview length today (else the slot) and the call under way's remaining time. */
export interface RoomClock {
  meanSeconds: number;
  remainingSeconds: number;
}

export function queuePlace(position: number | null, clock: RoomClock | undefined): QueuePlace | null {
  if (position === null || !clock) return null;
  const ahead = position - 1;
  return {
    position,
    ahead,
    estimatedWaitSeconds: Math.round(ahead * clock.meanSeconds + clock.remainingSeconds),
  };
}

export function interviewerName(interviewers: VideoFairInterviewer[], room: number): string {
  return interviewers.find((interviewer) => interviewer.room === room)?.name ?? `面试间${room}`;
}

const iso = (at: Date | null) => (at ? at.toISOString() : null);

function times(row: InterviewRow) {
  return {
    createdAt: row.createdAt.toISOString(),
    answeredAt: iso(row.answeredAt),
    queuedAt: iso(row.queuedAt),
    droppedAt: iso(row.droppedAt),
    holdUntil: iso(row.state === 'queued' ? holdUntil(row.droppedAt) : null),
    calledAt: iso(row.calledAt),
    joinBy: iso(row.state === 'in_progress' ? joinBy(row.calledAt, row.joinedAt) : null),
    joinedAt: iso(row.joinedAt),
    slotEndsAt: iso(row.slotEndsAt),
    endedAt: iso(row.endedAt),
  };
}

function evaluationOf(row: InterviewRow): VideoInterviewEvaluation | null {
  if (!row.evaluatedAt || row.score === null || !row.nextStep) return null;
  const nextStep = row.nextStep as VideoInterviewNextStep;
  return {
    score: row.score,
    tags: row.tags ?? [],
    comment: row.comment ?? '',
    nextStep,
    nextStepLabel: VIDEO_INTERVIEW_NEXT_STEPS.find((step) => step.code === nextStep)?.label ?? nextStep,
    evaluatedAt: row.evaluatedAt.toISOString(),
    evaluatedBy: row.evaluatorName,
    applicationId: row.applicationId,
  };
}

/** In the queue or the call, and the page reports (it has arrived and has not gone silent). */
const present = (row: InterviewRow) =>
  (row.state === 'queued' || row.state === 'in_progress') &&
  row.droppedAt === null &&
  row.lastSeenAt !== null;

export function mapEmployerInterview(
  row: InterviewRow,
  clock: RoomClock | undefined,
  now: Date,
): EmployerVideoInterview {
  return {
    ...times(row),
    id: row.id,
    fairId: row.fairId,
    registrationId: row.registrationId,
    room: row.room,
    state: row.state,
    stateLabel: VIDEO_INTERVIEW_STATE_LABELS[row.state],
    origin: row.origin,
    job: row.jobId && row.jobTitle ? { id: row.jobId, title: row.jobTitle } : null,
    message: row.message,
    student: mapStudent(row.student as StudentColumns),
    place: queuePlace(row.position, clock),
    present: present(row),
    medium: row.medium,
    calledBy: row.calledBy,
    evaluation: evaluationOf(row),
    serverNow: now.toISOString(),
  };
}

export function mapSeekerInterview(
  row: InterviewRow,
  clock: RoomClock | undefined,
  now: Date,
): SeekerVideoInterview {
  return {
    ...times(row),
    id: row.id,
    fair: { id: row.fairId, title: row.fairTitle },
    company: { id: row.companyId, name: row.companyName },
    registrationId: row.registrationId,
    mode: row.mode,
    room: row.room,
    interviewerName: interviewerName(row.interviewers, row.room),
    state: row.state,
    stateLabel: VIDEO_INTERVIEW_STATE_LABELS[row.state],
    origin: row.origin,
    job: row.jobId && row.jobTitle ? { id: row.jobId, title: row.jobTitle } : null,
    message: row.message,
    place: queuePlace(row.position, clock),
    present: present(row),
    medium: row.medium,
    serverNow: now.toISOString(),
  };
}

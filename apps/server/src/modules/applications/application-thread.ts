import type { ApplicationEvent, ApplicationState, InterviewDetails } from '@openrecruit/shared';
import type { z } from 'zod';
import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import { requireFound } from '../../plugins/access';
import { applicationMachine } from './application-machine';
import {
  type ApplicationOwner,
  type ApplicationRow,
  findLatestInterview,
  findMessages,
  findOwnCurrentApplication,
  findRecord,
  insertInterview,
  insertMessage,
  lockApplication,
  lockSeekerForApplying,
  markReadByEmployer,
  type NewMessage,
  updateApplicationState,
  updateInterview,
} from './applications.repository';
import { interviewMachine } from './interview-machine';

// The steps of an application's thread that both sides take (the seeker here, HR in
// employer-applications, invitations and downloads in talent). Each runs in the caller's
// transaction; every state change goes through applicationMachine or interviewMachine.

export type {
  ApplicationOwner,
  ApplicationRow,
  InterviewRow,
  MessageRow,
  NewMessage,
} from './applications.repository';

/** The application within the owner's reach, locked until the transaction ends, or 404. */
export async function lockOwnedApplication(
  tx: Executor,
  owner: ApplicationOwner,
  applicationId: string,
): Promise<ApplicationRow> {
  return requireFound(await lockApplication(tx, applicationId, owner));
}

/** The application with its job and company (no lock), within the owner's reach, or 404. */
export async function getOwnedRecord(db: Executor, owner: ApplicationOwner, applicationId: string) {
  return requireFound(await findRecord(db, applicationId, owner));
}

/** Moves a locked application by `event` (409 when the machine refuses); `changes` ride along. */
export async function moveApplication(
  tx: Executor,
  application: ApplicationRow,
  event: ApplicationEvent,
  changes: Partial<Pick<ApplicationRow, 'viewedAt' | 'withdrawnAt' | 'interviewNoticeUnseen'>> = {},
): Promise<ApplicationState> {
  const state = applicationMachine.advance(application.state, event);
  await updateApplicationState(tx, application.id, { ...changes, state });
  return state;
}

/** A message in the thread: one more unread for the other side, and a newer last change. */
export function postMessage(tx: Executor, message: NewMessage) {
  return insertMessage(tx, message);
}

/** The thread as both sides read it: the latest interview round and every message, oldest first. */
export async function findThread(db: Executor, applicationId: string) {
  const [interview, messages] = await Promise.all([
    findLatestInterview(db, applicationId),
    findMessages(db, applicationId),
  ]);
  return { interview, messages };
}

export function findLatestInterviewRound(db: Executor, applicationId: string) {
  return findLatestInterview(db, applicationId);
}

/** HR opened the application: viewed (the first time only) and the seeker's messages read. */
export function markOpenedByEmployer(tx: Executor, applicationId: string) {
  return markReadByEmployer(tx, applicationId);
}

/** A new interview round (the notice), of a 面试安排 when `sessionId` is given. */
export function openInterviewRound(
  tx: Executor,
  round: { applicationId: string; invitation: string; invitedBy: string; sessionId?: string },
) {
  return insertInterview(tx, round);
}

/** The seeker's 参加面试 / 不参加面试 on the latest round; only an open notice is answered. */
export async function answerInterviewRound(tx: Executor, applicationId: string, attend: boolean) {
  const interview = await findLatestInterview(tx, applicationId);
  if (!interview) throw new AppError('INVALID_STATE', '该面试通知已答复或已失效');
  const state = interviewMachine.advance(interview.state, attend ? 'accept' : 'decline');
  await updateInterview(tx, interview.id, { state, answeredAt: new Date() });
}

/** HR's confirmation of an accepted round, with the details the seeker receives. */
export async function confirmInterviewRound(
  tx: Executor,
  applicationId: string,
  details: z.infer<typeof InterviewDetails>,
) {
  const interview = await findLatestInterview(tx, applicationId);
  if (!interview) throw new AppError('INVALID_STATE');
  const state = interviewMachine.advance(interview.state, 'confirm');
  await updateInterview(tx, interview.id, {
    state,
    confirmedAt: new Date(),
    time: new Date(details.time),
    location: details.location,
    contactName: details.contactName,
    contactPhone: details.contactPhone,
    note: details.note,
  });
}

/**
 * Locks the seeker's row: the seeker's applications (投递, an accepted 邀约, a downloaded resume)
 * change one at a time (seed 000 §四.2: at most 10).
 */
export function lockSeekerApplications(tx: Executor, seekerAccountId: string) {
  return lockSeekerForApplying(tx, seekerAccountId);
}

/** The seeker's own current application to the job (投递 or 邀约), if any. */
export function findCurrentApplicationTo(db: Executor, seekerAccountId: string, jobId: string) {
  return findOwnCurrentApplication(db, seekerAccountId, jobId);
}

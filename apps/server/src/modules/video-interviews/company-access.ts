import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { findCompanyInterview, findRegistration, type RegistrationRow } from './video-interviews.repository';

export type ApprovedRegistration = NonNullable<RegistrationRow>;

/**
 * The company's approved registration (seed 002 ② 高校审批，同意入驻): the hall, the rooms and the
 * queue exist only then. Another company's, a pending or a refused one is 404 like a missing one.
 */
export async function requireApprovedRegistration(
  db: Executor,
  member: CompanyMember,
  registrationId: string,
): Promise<ApprovedRegistration> {
  const registration = requireFound(
    await findRegistration(db, member.companyId, registrationId),
    '报名记录不存在',
  );
  if (registration.state !== 'approved' || registration.fairState !== 'published') {
    throw new AppError('NOT_FOUND', '报名未通过高校审核，暂不能进入面试间');
  }
  return registration;
}

/** The registration's 面试间 `room` (its interviewer), or 404. */
export function requireRoom(registration: ApprovedRegistration, room: number) {
  return requireFound(
    registration.interviewers.find((interviewer) => interviewer.room === room),
    '面试间不存在',
  );
}

/** The room's interviewer, or the company's admin, calls and hosts the room's interviews. */
export function canHost(member: CompanyMember, registration: ApprovedRegistration, room: number): boolean {
  const interviewer = registration.interviewers.find((candidate) => candidate.room === room);
  return member.isAdmin || interviewer?.accountId === member.accountId;
}

export function requireHost(member: CompanyMember, registration: ApprovedRegistration, room: number) {
  requireRoom(registration, room);
  if (!canHost(member, registration, room)) {
    throw new AppError('FORBIDDEN', '只有该面试间的面试官或单位管理员可以进行此操作');
  }
}

/** Invitations and applications are taken until the fair ends; calls only while it is open. */
export function requireFairNotOver(registration: ApprovedRegistration, now: Date) {
  if (registration.fairEndsAt <= now) throw new AppError('VIDEO_FAIR_NOT_OPEN', '该视频双选会已结束');
}

export function requireFairOpen(registration: ApprovedRegistration, now: Date) {
  if (registration.fairStartsAt > now)
    throw new AppError('VIDEO_FAIR_NOT_OPEN', '视频双选会尚未开始，开始后才能面试');
  requireFairNotOver(registration, now);
}

/** An interview of the registration that the member hosts (its room's interviewer or the admin), or 404/403. */
export async function requireHostedInterview(
  db: Executor,
  member: CompanyMember,
  registrationId: string,
  interviewId: string,
) {
  const registration = await requireApprovedRegistration(db, member, registrationId);
  const row = await findCompanyInterview(db, member.companyId, interviewId);
  const interview = requireFound(row?.registrationId === registration.id ? row : undefined, '面试记录不存在');
  requireHost(member, registration, interview.room);
  return interview;
}

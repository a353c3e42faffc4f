import type { VideoInterviewRoom } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { shanghaiDate, shanghaiTime } from '../../lib/shanghai-time';
import type { CompanyMember } from '../../plugins/access';
import { canHost, requireApprovedRegistration, requireRoom } from './company-access';
import { presentCompanyInterview } from './present-video-interviews';
import { findRoomCall, roomCounts } from './video-interviews.repository';

export interface GetInterviewRoomOptions {
  member: CompanyMember;
  registrationId: string;
  room: number;
  now?: Date;
}

/** 面试间: the call under way, the queue's size and presence, 待处理's count, the server's clock. */
export async function getInterviewRoom(
  ctx: AppContext,
  options: GetInterviewRoomOptions,
): Promise<VideoInterviewRoom> {
  const { member, room } = options;
  const now = options.now ?? new Date();
  const registration = await requireApprovedRegistration(ctx.db, member, options.registrationId);
  const interviewer = requireRoom(registration, room);
  const counts = await roomCounts(ctx.db, registration.id, shanghaiTime(shanghaiDate(now), 0));
  const mine = counts.find((c) => c.room === room);
  const call = await findRoomCall(ctx.db, registration.id, room);
  return {
    registrationId: registration.id,
    fairId: registration.fairId,
    room,
    interviewerName: interviewer.name,
    canHost: canHost(member, registration, room),
    mode: registration.mode,
    slotMinutes: registration.slotMinutes,
    current: call ? await presentCompanyInterview(ctx.db, member.companyId, call.id, now) : null,
    queueLength: mine?.queued ?? 0,
    presentInQueue: mine?.present ?? 0,
    meanSeconds: Math.round(mine?.meanSeconds ?? registration.slotMinutes * 60),
    pendingApplications: mine?.applied ?? 0,
    serverNow: now.toISOString(),
  };
}

import type { UniversityVideoFairDetail } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { requireFound, type UniversityStaff } from '../../plugins/access';
import { mapVideoFair } from './map-video-fair';
import {
  countFairActivity,
  countRoomActivity,
  findRegistrationsOfFair,
  findVideoFair,
} from './video-fairs.repository';

export interface GetUniversityVideoFairOptions {
  staff: UniversityStaff;
  fairId: string;
}

/** A fair of the staff's university with its counts and 面试间情况 (per company, per room). */
export async function getUniversityVideoFair(
  ctx: AppContext,
  options: GetUniversityVideoFairOptions,
): Promise<UniversityVideoFairDetail> {
  const { staff, fairId } = options;
  const found = requireFound(await findVideoFair(ctx.db, fairId, staff.universityId), '视频双选会不存在');
  const [counts, registrations, rooms] = await Promise.all([
    countFairActivity(ctx.db, [fairId]),
    findRegistrationsOfFair(ctx.db, fairId, ['pending', 'approved']),
    countRoomActivity(ctx.db, fairId),
  ]);
  const roomCount = (registrationId: string, room: number, state: string) =>
    rooms.find((row) => row.registrationId === registrationId && row.room === room && row.state === state)
      ?.n ?? 0;
  return {
    ...mapVideoFair(found.fair, found.universityName, new Date()),
    counts: counts.get(fairId)!,
    companies: registrations.map(({ registration, companyName }) => ({
      registrationId: registration.id,
      company: { id: registration.companyId, name: companyName },
      mode: registration.mode,
      state: registration.state,
      reviewRequestId: registration.reviewRequestId,
      rooms: registration.interviewers.map((interviewer) => ({
        room: interviewer.room,
        interviewerName: interviewer.name,
        queued: roomCount(registration.id, interviewer.room, 'queued'),
        inProgress: roomCount(registration.id, interviewer.room, 'in_progress'),
        completed: roomCount(registration.id, interviewer.room, 'completed'),
      })),
    })),
  };
}

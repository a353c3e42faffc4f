import type { SeekerFairCompany } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { shanghaiDate, shanghaiTime } from '../../lib/shanghai-time';
import { requireFound, type SeekerCaller } from '../../plugins/access';
import { presentSeekerInterviews } from './present-video-interviews';
import {
  findApprovedRegistrationAt,
  findJobTitles,
  findOpenInterview,
  isSignedUp,
  roomCounts,
} from './video-interviews.repository';

export interface GetSeekerFairCompanyOptions {
  seeker: SeekerCaller;
  fairId: string;
  registrationId: string;
}

/** A company's page at the fair for a student: 招聘需求, jobs, rooms and their queues, where the student stands. */
export async function getSeekerFairCompany(
  ctx: AppContext,
  options: GetSeekerFairCompanyOptions,
): Promise<SeekerFairCompany> {
  const { seeker } = options;
  const registration = requireFound(
    await findApprovedRegistrationAt(ctx.db, options.fairId, options.registrationId),
    '该单位未参加本场视频双选会',
  );
  const now = new Date();
  const counts = await roomCounts(ctx.db, registration.id, shanghaiTime(shanghaiDate(now), 0));
  const jobs = await findJobTitles(ctx.db, registration.companyId, registration.jobIds);
  const open = await findOpenInterview(ctx.db, {
    fairId: registration.fairId,
    companyId: registration.companyId,
    seekerAccountId: seeker.accountId,
  });
  const [interview] = open ? await presentSeekerInterviews(ctx.db, [open], now) : [];
  return {
    registrationId: registration.id,
    fairId: registration.fairId,
    company: { id: registration.companyId, name: registration.companyName },
    mode: registration.mode,
    requirements: registration.requirements,
    jobs: registration.jobIds.flatMap((id) => jobs.filter((job) => job.id === id)),
    rooms: registration.interviewers
      .map((interviewer) => ({
        room: interviewer.room,
        interviewerName: interviewer.name,
        queueLength: counts.find((c) => c.room === interviewer.room)?.queued ?? 0,
      }))
      .sort((a, b) => a.room - b.room),
    signedUp: await isSignedUp(ctx.db, registration.fairId, seeker.accountId),
    interview: interview ?? null,
  };
}

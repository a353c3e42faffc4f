import type { Executor } from '../../db/client';
import {
  applications,
  type VideoFairInterviewer,
  videoFairRegistrations,
  videoFairStudents,
  videoFairs,
} from '../../db/schema';

// Test setup of the 视频双选会面试 tests: a fair going on now, registrations and sign-ups inserted
// directly (modules/video-fairs makes them through 报名, payment and review; those have their own tests).

const HOUR = 3_600_000;

export async function insertVideoFair(
  db: Executor,
  universityId: string,
  options: { startsAt?: Date; endsAt?: Date; slotMinutes?: number } = {},
) {
  const now = Date.now();
  const [fair] = await db
    .insert(videoFairs)
    .values({
      universityId,
      title: '2027届春季视频双选会',
      startsAt: options.startsAt ?? new Date(now - HOUR),
      endsAt: options.endsAt ?? new Date(now + 6 * HOUR),
      slotMinutes: options.slotMinutes ?? 10,
      registrationDeadline: new Date(now - 2 * HOUR),
      capacity: 50,
      agreementText: '视频双选会协议',
    })
    .returning();
  return fair!;
}

export async function insertRegistration(
  db: Executor,
  values: {
    fairId: string;
    companyId: string;
    applicantAccountId: string;
    interviewers: VideoFairInterviewer[];
    jobIds?: string[];
    state?: 'pending' | 'approved';
    mode?: 'video' | 'text';
  },
) {
  const [row] = await db
    .insert(videoFairRegistrations)
    .values({
      fairId: values.fairId,
      companyId: values.companyId,
      applicantAccountId: values.applicantAccountId,
      mode: values.mode ?? 'video',
      requirements: '招聘机械、电气方向应届毕业生',
      jobIds: values.jobIds ?? [],
      interviewers: values.interviewers,
      agreedAt: new Date(),
      feePoints: 0,
      paidWith: 'points',
      paidAt: new Date(),
      requestKey: crypto.randomUUID(),
      state: values.state ?? 'approved',
    })
    .returning();
  return row!;
}

export async function signUpForFair(db: Executor, fairId: string, seekerAccountId: string) {
  await db.insert(videoFairStudents).values({ fairId, seekerAccountId }).onConflictDoNothing();
}

/** A resume in 简历管理 marked 合适 (what 从简历管理邀请 lists). */
export async function insertMarkedApplication(
  db: Executor,
  values: { seekerAccountId: string; jobId: string; companyId: string; mark: 'suitable' | 'undecided' },
) {
  const [row] = await db
    .insert(applications)
    .values({ ...values, markedAt: new Date() })
    .returning();
  return row!;
}

import { and, asc, eq, ne } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { evaluateVideoInterview } from '../../modules/video-interviews/evaluate-video-interview';
import {
  insertInterview,
  type NewVideoInterview,
} from '../../modules/video-interviews/video-interviews.repository';
import { accounts, videoFairRegistrations, videoFairStudents, videoFairs } from '../schema';
import { DEMO_VIDEO_FAIRS } from './demo-video-fairs';

// 视频双选会面试 (issue 13 §3-§5) for the demo, at the fair going on today (demo-video-fairs.ts), in
// 面试间 1 of the demo company (its admin interviews there): 2 applications 待处理, 3 students
// queued (the demo seeker among them, by an accepted invitation; none has opened the page yet, so
// none is called until their page reports), 2 interviews completed with evaluations filed in
// 简历管理 (source 双选会), 1 未到场, and an invitation waiting for another student's answer.

const MINUTE = 60_000;

export async function seedDemoVideoInterviews(
  ctx: AppContext,
  options: { companyId: string; demoSeekerAccountId: string; now?: Date },
) {
  const now = options.now ?? new Date();
  const db = ctx.db;
  const [registration] = await db
    .select()
    .from(videoFairRegistrations)
    .where(eq(videoFairRegistrations.id, DEMO_VIDEO_FAIRS.liveRegistration));
  const [fair] = await db.select().from(videoFairs).where(eq(videoFairs.id, DEMO_VIDEO_FAIRS.live));
  const host = registration?.interviewers.find((interviewer) => interviewer.room === 1);
  if (registration?.state !== 'approved' || !fair || !host) return;
  const students = await db
    .select({ accountId: videoFairStudents.seekerAccountId })
    .from(videoFairStudents)
    .innerJoin(accounts, eq(accounts.id, videoFairStudents.seekerAccountId))
    .where(
      and(
        eq(videoFairStudents.fairId, fair.id),
        ne(videoFairStudents.seekerAccountId, options.demoSeekerAccountId),
      ),
    )
    .orderBy(asc(accounts.createdAt), asc(accounts.id));
  if (students.length < 8) return;
  const [applicantA, applicantB, queuedA, queuedB, doneA, doneB, absent, invitee] = students.map(
    (s) => s.accountId,
  );
  // Times within the fair: never before it opened, never in the future.
  const ago = (minutes: number) =>
    new Date(Math.max(now.getTime() - minutes * MINUTE, fair.startsAt.getTime()));
  const jobId = registration.jobIds[0] ?? null;
  const base = {
    fairId: fair.id,
    registrationId: registration.id,
    companyId: registration.companyId,
    room: 1,
    jobId,
  };
  const add = (values: Omit<NewVideoInterview, keyof typeof base> & { seekerAccountId: string }) =>
    insertInterview(db, { ...base, ...values, updatedAt: values.createdAt ?? now });

  for (const [seekerAccountId, minutes] of [
    [applicantA!, 6],
    [applicantB!, 3],
  ] as const) {
    await add({
      seekerAccountId,
      origin: 'application',
      state: 'applied',
      message: '您好，我对贵公司的岗位很感兴趣，希望参加视频面试。',
      lastSeenAt: ago(minutes),
      createdBy: seekerAccountId,
      createdAt: ago(minutes),
    });
  }
  // The queue: an accepted application, the demo seeker's accepted invitation, another application.
  await add({
    seekerAccountId: queuedA!,
    origin: 'application',
    state: 'queued',
    answeredAt: ago(15),
    queuedAt: ago(15),
    createdBy: queuedA!,
    createdAt: ago(20),
  });
  await add({
    seekerAccountId: options.demoSeekerAccountId,
    origin: 'hall',
    state: 'queued',
    message: '看了您的简历，欢迎参加我们的视频面试。',
    answeredAt: ago(10),
    queuedAt: ago(10),
    createdBy: host.accountId,
    createdAt: ago(30),
  });
  await add({
    seekerAccountId: queuedB!,
    origin: 'application',
    state: 'queued',
    answeredAt: ago(5),
    queuedAt: ago(5),
    createdBy: queuedB!,
    createdAt: ago(8),
  });

  const member = { accountId: host.accountId, companyId: registration.companyId, isAdmin: true as const };
  const completed = [
    { seekerAccountId: doneA!, calledAgo: 60, minutes: 9, score: 5, nextStep: 'next_round' as const },
    { seekerAccountId: doneB!, calledAgo: 48, minutes: 8, score: 3, nextStep: 'undecided' as const },
  ];
  for (const done of completed) {
    const calledAt = ago(done.calledAgo);
    const { id } = await add({
      seekerAccountId: done.seekerAccountId,
      origin: 'hall',
      state: 'completed',
      answeredAt: ago(done.calledAgo + 20),
      queuedAt: ago(done.calledAgo + 20),
      lastSeenAt: new Date(calledAt.getTime() + done.minutes * MINUTE),
      calledAt,
      calledBy: host.accountId,
      joinedAt: new Date(calledAt.getTime() + 20_000),
      slotEndsAt: new Date(calledAt.getTime() + fair.slotMinutes * MINUTE),
      endedAt: new Date(calledAt.getTime() + done.minutes * MINUTE),
      medium: 'video',
      createdBy: host.accountId,
      createdAt: ago(done.calledAgo + 30),
    });
    // Filed in 简历管理 the way the interviewer files it (source 双选会, marked by 下一步); a record
    // needs a job: without one among the registration's jobs the interview stays unevaluated.
    if (!jobId) continue;
    await evaluateVideoInterview(ctx, {
      member,
      registrationId: registration.id,
      interviewId: id,
      score: done.score,
      tags: done.score >= 4 ? ['沟通表达', '专业能力', '岗位匹配'] : ['学习能力'],
      comment:
        done.score >= 4
          ? '专业基础扎实，项目经历清楚，沟通顺畅。'
          : '基础尚可，对岗位了解不多，待与其他候选人比较。',
      nextStep: done.nextStep,
      jobId,
      now: new Date(calledAt.getTime() + (done.minutes + 2) * MINUTE),
    });
  }
  const calledAbsent = ago(36);
  await add({
    seekerAccountId: absent!,
    origin: 'application',
    state: 'no_show',
    answeredAt: ago(50),
    queuedAt: ago(50),
    lastSeenAt: ago(40),
    calledAt: calledAbsent,
    calledBy: host.accountId,
    slotEndsAt: new Date(calledAbsent.getTime() + fair.slotMinutes * MINUTE),
    endedAt: new Date(calledAbsent.getTime() + MINUTE),
    createdBy: absent!,
    createdAt: ago(55),
  });
  await add({
    seekerAccountId: invitee!,
    origin: 'hall',
    state: 'invited',
    message: '您的专业与我们的岗位很匹配，欢迎参加视频面试。',
    createdBy: host.accountId,
    createdAt: ago(2),
  });
}

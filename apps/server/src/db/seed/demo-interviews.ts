import { and, asc, desc, eq } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { shanghaiDate, shanghaiTime } from '../../lib/shanghai-time';
import { insertTodo } from '../../modules/employer-interviews/employer-todos.repository';
import { upsertCampusTodo } from '../../modules/employer-interviews/upsert-campus-todo';
import {
  accounts,
  applications,
  interviewFolderItems,
  interviewSessionCandidates,
  interviewSessions,
  interviews,
  universities,
} from '../schema';

const DAY_MS = 86_400_000;

/**
 * The demo company's 首页 (seed 002): a 面试夹 of three resumes, a 线下面试 today and a 学校远程面试
 * next week whose candidates were notified (待回复, 已确认), failed (the seeker withdrew) or wait for
 * 一键通知, and five to-dos (2 宣讲会 and 1 双选会 through the campus hook, 2 招聘活动), so the
 * 工作台 numbers are not zero. Builds on the applications seedDemoActivity played.
 */
export async function seedDemoInterviews(ctx: AppContext, options: { companyId: string; now?: Date }) {
  const now = options.now ?? new Date();
  const { companyId } = options;
  const db = ctx.db;
  const day = (offset: number) => shanghaiDate(new Date(now.getTime() + offset * DAY_MS));
  const [hr] = await db
    .select({ id: accounts.id, name: accounts.displayName })
    .from(accounts)
    .where(and(eq(accounts.companyId, companyId), eq(accounts.companyRole, 'admin')));
  const [university] = await db.select().from(universities).orderBy(asc(universities.code)).limit(1);
  const received = await db
    .select({ id: applications.id, state: applications.state, withdrawnAt: applications.withdrawnAt })
    .from(applications)
    .where(eq(applications.companyId, companyId))
    .orderBy(desc(applications.createdAt));
  const inState = (state: string) => received.find((row) => row.state === state);
  const invited = inState('interview_invited');
  const confirmed = inState('interview_confirmed');
  const viewed = inState('viewed');
  const submitted = inState('submitted');
  const withdrawn = received.find((row) => row.withdrawnAt !== null);
  if (!hr || !university || !invited || !confirmed || !viewed || !submitted || !withdrawn)
    throw new Error('seedDemoInterviews needs the demo admin, a university and seedDemoActivity’s records');

  // 面试夹: the current resumes not in an interview round yet, and the one waiting for an answer.
  await db.insert(interviewFolderItems).values(
    [submitted, viewed, invited].map((row, i) => ({
      companyId,
      applicationId: row.id,
      addedBy: hr.id,
      createdAt: new Date(now.getTime() - (i + 1) * 3_600_000),
    })),
  );

  const contact = { contactName: hr.name, contactPhone: '021-50800000', createdBy: hr.id, companyId };
  const [today] = await db
    .insert(interviewSessions)
    .values({
      ...contact,
      mode: 'offline',
      title: '数控工艺岗位现场面试',
      startsAt: shanghaiTime(day(0), 16),
      endsAt: shanghaiTime(day(0), 18),
      location: '上海市浦东新区张江路88号3楼第一会议室',
      note: '请携带身份证原件、学历证书，提前10分钟到前台登记。',
    })
    .returning();
  const [nextWeek] = await db
    .insert(interviewSessions)
    .values({
      ...contact,
      mode: 'campus_remote',
      title: `${university.name}2027届校园招聘远程面试`,
      universityId: university.id,
      startsAt: shanghaiTime(day(7), 10),
      endsAt: shanghaiTime(day(7), 12),
      location: '腾讯会议 618-302-775（密码 2027）',
      note: '请提前5分钟进入会议，保持网络畅通。',
    })
    .returning();

  // The notices already sent are the interview rounds seedDemoActivity played: they belong to a session now.
  const latestRound = async (applicationId: string) => {
    const [round] = await db
      .select({ id: interviews.id, invitedAt: interviews.invitedAt })
      .from(interviews)
      .where(eq(interviews.applicationId, applicationId))
      .orderBy(desc(interviews.invitedAt))
      .limit(1);
    return round!;
  };
  const sent = async (sessionId: string, applicationId: string) => {
    const round = await latestRound(applicationId);
    await db.update(interviews).set({ sessionId }).where(eq(interviews.id, round.id));
    return {
      sessionId,
      applicationId,
      notifyState: 'sent' as const,
      interviewId: round.id,
      notifiedAt: round.invitedAt,
    };
  };
  await db.insert(interviewSessionCandidates).values([
    await sent(today!.id, invited.id),
    { sessionId: today!.id, applicationId: viewed.id },
    await sent(nextWeek!.id, confirmed.id),
    {
      sessionId: nextWeek!.id,
      applicationId: withdrawn.id,
      notifyState: 'failed',
      notifyError: '求职者已撤销该应聘，不能进行此操作',
      notifiedAt: new Date(now.getTime() - 2 * 3_600_000),
    },
    { sessionId: nextWeek!.id, applicationId: submitted.id },
  ]);

  // 待办事项: what 校园招聘 will sync once it exists, and two 招聘活动 added by hand.
  await db.transaction(async (tx) => {
    const campus = [
      [
        'presentation',
        '1b7e9a40-5c2d-4e8f-9a1b-000000000001',
        `${university.name}2027届专场宣讲会`,
        2,
        '图书馆报告厅',
      ],
      [
        'presentation',
        '1b7e9a40-5c2d-4e8f-9a1b-000000000002',
        '浦江理工大学智能制造专场宣讲会',
        10,
        '学生活动中心多功能厅',
      ],
      ['job_fair', '1b7e9a40-5c2d-4e8f-9a1b-000000000003', '2027届毕业生秋季双选会', 5, '体育馆'],
    ] as const;
    for (const [kind, sourceId, title, offset, location] of campus) {
      await upsertCampusTodo(tx, {
        companyId,
        kind,
        sourceKind: kind,
        sourceId,
        title,
        startsAt: shanghaiTime(day(offset), 14),
        endsAt: shanghaiTime(day(offset), 16),
        location,
      });
    }
    await insertTodo(tx, {
      companyId,
      kind: 'recruiting_event',
      title: '张江人才市场周末专场招聘',
      startsAt: shanghaiTime(day(3), 9),
      endsAt: shanghaiTime(day(3), 12),
      location: '上海市浦东新区张江人才市场',
      note: '带宣传易拉宝两个、岗位说明200份。',
      createdBy: hr.id,
    });
    await insertTodo(tx, {
      companyId,
      kind: 'recruiting_event',
      title: '浦东新区退役军人专场招聘会',
      startsAt: shanghaiTime(day(-4), 13, 30),
      endsAt: shanghaiTime(day(-4), 16, 30),
      location: '浦东新区就业促进中心',
      note: '',
      createdBy: hr.id,
      completedAt: shanghaiTime(day(-4), 17),
    });
  });
}

import { and, asc, eq, ne } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { shanghaiDate, shanghaiTime } from '../../lib/shanghai-time';
import { bookVenue } from '../../modules/campus-venues/book-venue';
import { applyPresentation } from '../../modules/presentations/apply-presentation';
import { approvePresentation } from '../../modules/presentations/decide-presentation';
import { decideReviewRequest } from '../../modules/reviews/decide-review-request';
import { accounts, jobs, presentations, reviewRequests, universities, venues } from '../schema';

// 场地 and 宣讲会 (issue 11 item 4) for the demo: rooms at the three universities; at 申江大学 the
// demo company's presentations in every state — two held (past, approved), two upcoming approved
// (booked, in its 待办事项), one 审核中 (due in 3 working days), one 未通过 with the reason — and
// other companies' upcoming ones, so the venue calendar and the students' list are full; plus a
// manual booking (场地维护). Made through the use cases and the review engine, so review requests,
// bookings, to-dos and notices agree. Runs after the job fairs' demo data (its companies are 已入驻).

const DAY = 86_400_000;

/** `hour:minute` Shanghai time, `days` from today. */
const dayAt = (now: Date, days: number, hour: number, minute = 0) =>
  shanghaiTime(shanghaiDate(new Date(now.getTime() + days * DAY)), hour, minute);

const ROOMS: Record<string, { name: string; campus: number; capacity: number; equipment: string[] }[]> = {
  申江大学: [
    { name: '图书馆报告厅', campus: 0, capacity: 300, equipment: ['投影仪', '麦克风', '音响', '电脑'] },
    { name: '第一教学楼101', campus: 0, capacity: 120, equipment: ['投影仪', '麦克风', '白板'] },
    { name: '学生活动中心多功能厅', campus: 0, capacity: 200, equipment: ['投影仪', '麦克风', '音响'] },
    { name: '闵行校区学术报告厅', campus: 1, capacity: 180, equipment: ['投影仪', '麦克风', '音响', '电脑'] },
  ],
  浦江理工大学: [
    { name: '行政楼报告厅', campus: 0, capacity: 250, equipment: ['投影仪', '麦克风', '音响'] },
    { name: '工程实训中心会议室', campus: 0, capacity: 60, equipment: ['投影仪', '白板'] },
  ],
  沪东师范学院: [
    { name: '逸夫楼报告厅', campus: 0, capacity: 220, equipment: ['投影仪', '麦克风', '音响'] },
    { name: '奉贤校区第三教学楼305', campus: 1, capacity: 90, equipment: ['投影仪'] },
  ],
};

export async function seedDemoCampusPresentations(
  ctx: AppContext,
  options: { companyId: string; now?: Date },
) {
  const now = options.now ?? new Date();
  const db = ctx.db;
  const uniRows = await db.select().from(universities);
  const roomIds = new Map<string, string>();
  for (const university of uniRows) {
    for (const room of ROOMS[university.name] ?? []) {
      const [row] = await db
        .insert(venues)
        .values({
          universityId: university.id,
          name: room.name,
          campus: university.campuses[room.campus]?.name ?? university.campuses[0]?.name ?? '',
          capacity: room.capacity,
          equipment: room.equipment,
        })
        .returning({ id: venues.id });
      roomIds.set(room.name, row!.id);
    }
  }
  const shenjiang = uniRows.find((u) => u.name === '申江大学');
  if (!shenjiang) return;
  const [staffAccount] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.universityId, shenjiang.id), eq(accounts.universityRole, 'admin')));
  if (!staffAccount) return;
  const decider = {
    accountId: staffAccount.id,
    scope: { reviewerKind: 'university' as const, universityId: shenjiang.id },
  };
  const room = (name: string) => roomIds.get(name)!;

  // The demo company's HR, and other companies 已入驻 at 申江大学 with an HR account (the fairs' demo).
  const employerOf = async (companyId: string) => {
    const [account] = await db
      .select({ id: accounts.id, name: accounts.displayName })
      .from(accounts)
      .where(and(eq(accounts.companyId, companyId), eq(accounts.companyRole, 'admin')));
    return account ? { accountId: account.id, companyId, isAdmin: true, name: account.name } : undefined;
  };
  const demo = await employerOf(options.companyId);
  if (!demo) return;
  const entered = await db
    .selectDistinct({ companyId: reviewRequests.subjectId })
    .from(reviewRequests)
    .where(
      and(
        eq(reviewRequests.kind, 'university_entry'),
        eq(reviewRequests.state, 'approved'),
        eq(reviewRequests.reviewerUniversityId, shenjiang.id),
        ne(reviewRequests.subjectId, options.companyId),
      ),
    )
    .orderBy(asc(reviewRequests.subjectId))
    .limit(3);
  const others = (await Promise.all(entered.map((row) => employerOf(row.companyId)))).filter(
    (member) => member !== undefined,
  );
  const jobsOf = async (companyId: string) =>
    (
      await db
        .select({ id: jobs.id })
        .from(jobs)
        .where(and(eq(jobs.companyId, companyId), eq(jobs.state, 'recruiting')))
        .orderBy(asc(jobs.publishedAt))
        .limit(3)
    ).map((job) => job.id);

  type Member = NonNullable<typeof demo>;
  const apply = async (
    member: Member,
    input: { title: string; slot: [Date, Date]; audience: number; majors: string[]; description: string },
    submittedAt: Date,
  ) => {
    const jobIds = await jobsOf(member.companyId);
    if (jobIds.length === 0) return undefined;
    return applyPresentation(ctx, {
      member,
      input: {
        universityId: shenjiang.id,
        title: input.title,
        preferredSlots: [{ startsAt: input.slot[0].toISOString(), endsAt: input.slot[1].toISOString() }],
        expectedAudience: input.audience,
        majors: input.majors,
        equipment: ['投影仪', '麦克风'],
        needs: '',
        contactName: member.name,
        contactMobile: '13900000001',
        jobIds,
        description: input.description,
      },
      now: submittedAt,
    });
  };
  const requestOf = async (presentationId: string) => {
    const [row] = await db
      .select({ id: presentations.reviewRequestId })
      .from(presentations)
      .where(eq(presentations.id, presentationId));
    return row!.id!;
  };
  /** A presentation already held: approved days before it, as the engine would have. */
  const held = async (presentationId: string, venueId: string, slot: [Date, Date]) => {
    const decidedAt = new Date(slot[0].getTime() - 10 * DAY);
    // Read before the transaction: on PGlite's one connection a read outside it would wait forever.
    const requestId = await requestOf(presentationId);
    await db.transaction(async (tx) => {
      await tx
        .update(reviewRequests)
        .set({ state: 'approved', decidedBy: decider.accountId, decidedAt })
        .where(eq(reviewRequests.id, requestId));
      await approvePresentation(tx, {
        presentationId,
        universityId: shenjiang.id,
        deciderAccountId: decider.accountId,
        approval: { venueId, startsAt: slot[0].toISOString(), endsAt: slot[1].toISOString() },
        now: decidedAt,
      });
    });
  };
  const approve = async (presentationId: string, venueId: string, slot: [Date, Date]) =>
    decideReviewRequest(ctx, {
      decider,
      requestId: await requestOf(presentationId),
      decision: 'approve',
      details: { venueId, startsAt: slot[0].toISOString(), endsAt: slot[1].toISOString() },
    });

  const majors = ['机械工程', '自动化', '电气工程及其自动化'];
  // Held: two of the demo company's presentations last term.
  const spring: [Date, Date] = [dayAt(now, -45, 14), dayAt(now, -45, 16)];
  const p1 = await apply(
    demo,
    {
      title: '2026届春季校园招聘宣讲会',
      slot: spring,
      audience: 200,
      majors,
      description: '公司介绍、岗位解读与现场答疑。',
    },
    new Date(spring[0].getTime() - 20 * DAY),
  );
  if (p1) await held(p1.id, room('图书馆报告厅'), spring);
  const tech: [Date, Date] = [dayAt(now, -20, 18, 30), dayAt(now, -20, 20, 30)];
  const p2 = await apply(
    demo,
    {
      title: '智能制造技术专场分享会',
      slot: tech,
      audience: 100,
      majors: ['机械工程', '自动化'],
      description: '工程师分享智能产线项目经验。',
    },
    new Date(tech[0].getTime() - 14 * DAY),
  );
  if (p2) await held(p2.id, room('第一教学楼101'), tech);

  // Upcoming and approved: one at the preferred time, one at the time the university proposed.
  const autumn: [Date, Date] = [dayAt(now, 6, 14), dayAt(now, 6, 16)];
  const p3 = await apply(
    demo,
    {
      title: '2027届校园招聘宣讲会',
      slot: autumn,
      audience: 250,
      majors,
      description: '2027届管培生、工艺工程师、质量工程师等岗位宣讲，现场可投递简历。',
    },
    new Date(now.getTime() - 5 * DAY),
  );
  if (p3) await approve(p3.id, room('图书馆报告厅'), autumn);
  const wished: [Date, Date] = [dayAt(now, 9, 14), dayAt(now, 9, 16)];
  const p4 = await apply(
    demo,
    {
      title: '工程师成长之路分享会',
      slot: wished,
      audience: 100,
      majors: ['自动化', '电气工程及其自动化'],
      description: '一线工程师讲述入职三年的成长。',
    },
    new Date(now.getTime() - 4 * DAY),
  );
  if (p4) await approve(p4.id, room('第一教学楼101'), [dayAt(now, 10, 18, 30), dayAt(now, 10, 20, 30)]);

  // 审核中 (due in 3 working days) and 未通过.
  await apply(
    demo,
    {
      title: '暑期实习生招聘宣讲会',
      slot: [dayAt(now, 20, 14), dayAt(now, 20, 16)],
      audience: 150,
      majors,
      description: '面向2028届的暑期实习岗位。',
    },
    now,
  );
  const rejected = await apply(
    demo,
    {
      title: '企业开放日宣讲',
      slot: [dayAt(now, 3, 19), dayAt(now, 3, 21)],
      audience: 80,
      majors: [],
      description: '',
    },
    new Date(now.getTime() - 7 * DAY),
  );
  if (rejected)
    await decideReviewRequest(ctx, {
      decider,
      requestId: await requestOf(rejected.id),
      decision: 'reject',
      reason: '该时段学校已安排期中考试，请改选下周的时间重新申请',
    });

  // Other companies' upcoming presentations, approved.
  const plans: { title: string; day: number; hour: number; room: string; audience: number }[] = [
    { title: '金融科技岗位专场宣讲会', day: 5, hour: 19, room: '学生活动中心多功能厅', audience: 180 },
    { title: '2027届管培生项目宣讲', day: 7, hour: 14, room: '第一教学楼101', audience: 100 },
    { title: '研发中心校园开放日', day: 12, hour: 10, room: '闵行校区学术报告厅', audience: 150 },
  ];
  for (const [i, member] of others.entries()) {
    const plan = plans[i]!;
    const slot: [Date, Date] = [dayAt(now, plan.day, plan.hour), dayAt(now, plan.day, plan.hour + 2)];
    const applied = await apply(
      member,
      { title: plan.title, slot, audience: plan.audience, majors: [], description: '岗位介绍与现场答疑。' },
      new Date(now.getTime() - (6 + i) * DAY),
    );
    if (applied) await approve(applied.id, room(plan.room), slot);
  }

  // 场地维护: a manual booking in the week shown first.
  await db.transaction((tx) =>
    bookVenue(tx, {
      universityId: shenjiang.id,
      venueId: room('学生活动中心多功能厅'),
      startsAt: dayAt(now, 2, 8),
      endsAt: dayAt(now, 2, 12),
      sourceKind: 'other',
      sourceId: null,
      title: '场地维护（音响检修）',
      createdBy: decider.accountId,
    }),
  );
}

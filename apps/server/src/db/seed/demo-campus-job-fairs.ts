import { and, asc, eq, ne } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { hashPassword } from '../../lib/password-hash';
import { shanghaiDate, shanghaiTime } from '../../lib/shanghai-time';
import { assignJobFairBooth } from '../../modules/job-fairs/assign-job-fair-booth';
import { createJobFair } from '../../modules/job-fairs/create-job-fair';
import { registerJobFair } from '../../modules/job-fairs/register-job-fair';
import { decideReviewRequest } from '../../modules/reviews/decide-review-request';
import { submitReviewRequest } from '../../modules/reviews/submit-review-request';
import { accounts, companies, jobFairBooths, jobFairs, jobs, reviewRequests, universities } from '../schema';

// 双选会 (issue 11 item 5) for the demo: 申江大学 (where the demo company is 已入驻) held a fair two
// months ago and holds one in two weeks with registration open — the demo company is approved
// with booth A05, other companies approved, pending and rejected — plus a 专场 the demo company has
// not registered for (报名). 浦江理工大学 (入驻审核中) and 沪东师范学院 (入驻未通过: 申请入驻) each
// hold an upcoming fair. Made through the module's use cases and the review engine, so the counters,
// booths, review requests, notices and calendar entries agree.

const DAY = 86_400_000;

/** 09:00 (or `hour`) Shanghai time, `days` from today. */
const dayAt = (now: Date, days: number, hour = 9) =>
  shanghaiTime(shanghaiDate(new Date(now.getTime() + days * DAY)), hour);

/** The other companies' HR at 申江大学's fairs: one account each (seed-demo.api.test.ts counts them). */
const OTHERS = [
  { name: '刘经理', mobile: '13761230001' },
  { name: '周主管', mobile: '13761230002' },
  { name: '吴老师', mobile: '13761230003' },
  { name: '郑经理', mobile: '13761230004' },
  { name: '孙主管', mobile: '13761230005' },
];

export const DEMO_JOB_FAIR_COMPANIES = OTHERS.length;

export async function seedDemoCampusJobFairs(ctx: AppContext, options: { companyId: string; now?: Date }) {
  const now = options.now ?? new Date();
  const db = ctx.db;
  const uniRows = await db.select().from(universities);
  const uni = (name: string) => uniRows.find((u) => u.name === name)!;
  const shenjiang = uni('申江大学');
  const [staffAccount] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.universityId, shenjiang.id), eq(accounts.universityRole, 'admin')));
  if (!staffAccount) return;
  const staff = { accountId: staffAccount.id, universityId: shenjiang.id, isAdmin: true };
  const decider = {
    accountId: staff.accountId,
    scope: { reviewerKind: 'university' as const, universityId: shenjiang.id },
  };

  // The demo company and five other companies with 招聘中 jobs, each with an HR account and 已入驻.
  const [demoAdmin] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.companyId, options.companyId), eq(accounts.companyRole, 'admin')));
  const others = await db
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(and(ne(companies.id, options.companyId), eq(companies.verificationState, 'verified')))
    .orderBy(asc(companies.code))
    .limit(OTHERS.length);
  const passwordHash = await hashPassword('Demo@2026');
  const members = [{ accountId: demoAdmin!.id, companyId: options.companyId, isAdmin: true }];
  for (const [i, company] of others.entries()) {
    const [account] = await db
      .insert(accounts)
      .values({
        role: 'employer',
        displayName: OTHERS[i]!.name,
        passwordHash,
        companyId: company.id,
        companyRole: 'admin',
      })
      .returning({ id: accounts.id });
    const entry = await submitReviewRequest(db, {
      kind: 'university_entry',
      subjectId: company.id,
      applicantAccountId: account!.id,
      applicantCompanyId: company.id,
      reviewerUniversityId: shenjiang.id,
      payload: { universityName: shenjiang.name, source: 'console' },
      now: new Date(now.getTime() - (100 + i) * DAY),
    });
    await db
      .update(reviewRequests)
      .set({
        state: 'approved',
        decidedBy: staff.accountId,
        decidedAt: new Date(now.getTime() - (98 + i) * DAY),
      })
      .where(eq(reviewRequests.id, entry.id));
    members.push({ accountId: account!.id, companyId: company.id, isAdmin: true });
  }
  const jobsOf = async (companyId: string) =>
    (
      await db
        .select({ id: jobs.id })
        .from(jobs)
        .where(and(eq(jobs.companyId, companyId), eq(jobs.state, 'recruiting')))
        .orderBy(asc(jobs.publishedAt))
        .limit(3)
    ).map((job) => job.id);
  const contactsOf = (i: number) =>
    i === 0
      ? [
          { name: '陈晓明', mobile: '13900000001' },
          { name: '李娜', mobile: '13900000002' },
        ]
      : [OTHERS[i - 1]!];

  const register = async (fairId: string, i: number, boothKind: string, at: Date, boothWish = '') => {
    const jobIds = await jobsOf(members[i]!.companyId);
    if (jobIds.length === 0) return null;
    return registerJobFair(ctx, {
      member: members[i]!,
      fairId,
      input: { contacts: contactsOf(i), jobIds, boothKind, boothWish },
      now: at,
    });
  };
  const decide = (requestId: string | null, decision: 'approve' | 'reject', reason?: string) =>
    requestId
      ? decideReviewRequest(ctx, { decider, requestId, decision, ...(reason ? { reason } : {}) })
      : Promise.resolve(null);
  const boothId = (fair: { booths: { id: string; code: string }[] }, code: string) =>
    fair.booths.find((b) => b.code === code)!.id;

  // Held two months ago: the demo company and two others were there.
  const past = await createJobFair(ctx, {
    staff,
    input: {
      title: '申江大学2026届春季校园双选会',
      description: '面向2026届本科生、研究生，涵盖制造、信息技术、金融等行业。',
      startsAt: dayAt(now, -60).toISOString(),
      endsAt: dayAt(now, -60, 16).toISOString(),
      venueId: null,
      location: '体育馆',
      boothKinds: [{ name: '标准展位', feeCents: 0, count: 40 }],
      registrationOpensAt: dayAt(now, -90).toISOString(),
      registrationClosesAt: dayAt(now, -63, 17).toISOString(),
      rules: '请于8:30前到场布展，展位内请勿使用明火。',
    },
  });
  for (const [i, code] of [
    [0, 'A12'],
    [1, 'A01'],
    [2, 'A02'],
  ] as const) {
    const registered = await register(past.id, i, 'A', dayAt(now, -80 + i, 10));
    if (!registered) continue;
    await decide(registered.reviewRequestId, 'approve');
    await assignJobFairBooth(ctx, {
      staff,
      fairId: past.id,
      registrationId: registered.id,
      boothId: boothId(past, code),
    });
  }

  // In two weeks, registration open: approved (booths), pending (due in 3 working days), rejected.
  const upcoming = await createJobFair(ctx, {
    staff,
    input: {
      title: '申江大学2027届秋季综合双选会',
      description: '学校年度规模最大的综合类双选会，预计3000余名毕业生参会。',
      startsAt: dayAt(now, 14).toISOString(),
      endsAt: dayAt(now, 14, 16).toISOString(),
      venueId: null,
      location: '体育馆及东侧广场',
      boothKinds: [
        { name: '标准展位', feeCents: 0, count: 60 },
        { name: '特装展位', feeCents: 80_000, count: 10 },
      ],
      registrationOpensAt: dayAt(now, -6).toISOString(),
      registrationClosesAt: dayAt(now, 7, 17).toISOString(),
      rules: '每家单位限2名工作人员；请携带营业执照复印件；特装展位需提前一天布展。',
    },
  });
  const plan = [
    { i: 0, kind: 'A', wish: '希望靠近入口', decision: 'approve', booth: 'A05' },
    { i: 1, kind: 'B', wish: '', decision: 'approve', booth: 'B01' },
    { i: 2, kind: 'A', wish: '需要电源', decision: 'approve', booth: 'A01' },
    { i: 3, kind: 'A', wish: '', decision: null, booth: null },
    { i: 4, kind: 'B', wish: '与同行业单位相邻', decision: null, booth: null },
    { i: 5, kind: 'A', wish: '', decision: 'reject', booth: null },
  ] as const;
  for (const [n, step] of plan.entries()) {
    if (!members[step.i]) continue;
    const at =
      step.decision === null ? new Date(now.getTime() - (n - 2) * 3_600_000) : dayAt(now, -6 + n, 10);
    const registered = await register(upcoming.id, step.i, step.kind, at, step.wish);
    if (!registered) continue;
    if (step.decision === 'reject')
      await decide(
        registered.reviewRequestId,
        'reject',
        '本次双选会以制造、信息技术类单位为主，贵单位岗位与参会学生专业匹配度较低',
      );
    if (step.decision === 'approve') {
      await decide(registered.reviewRequestId, 'approve');
      if (step.booth)
        await assignJobFairBooth(ctx, {
          staff,
          fairId: upcoming.id,
          registrationId: registered.id,
          boothId: boothId(upcoming, step.booth),
        });
    }
  }

  // A 专场 the demo company has not registered for: 报名 is open.
  await createJobFair(ctx, {
    staff,
    input: {
      title: '申江大学2027届智能制造类专场招聘会',
      description: '面向机械、自动化、电气等专业毕业生。',
      startsAt: dayAt(now, 24, 13).toISOString(),
      endsAt: dayAt(now, 24, 17).toISOString(),
      venueId: null,
      location: '学生活动中心一楼大厅',
      boothKinds: [{ name: '标准展位', feeCents: 0, count: 30 }],
      registrationOpensAt: dayAt(now, -2).toISOString(),
      registrationClosesAt: dayAt(now, 20, 17).toISOString(),
      rules: '每家单位限2名工作人员。',
    },
  });

  // The other universities have no demo staff: their fairs are stored as the university made them.
  const direct = async (universityName: string, title: string, days: number, location: string) => {
    const university = uni(universityName);
    const [fair] = await db
      .insert(jobFairs)
      .values({
        universityId: university.id,
        title,
        description: `${universityName}面向2027届毕业生的校园双选会。`,
        startsAt: dayAt(now, days),
        endsAt: dayAt(now, days, 16),
        location,
        boothKinds: [{ code: 'A', name: '标准展位', feeCents: 0 }],
        registrationOpensAt: dayAt(now, -3),
        registrationClosesAt: dayAt(now, days - 5, 17),
        capacity: 50,
        rules: '请提前30分钟到场布展。',
      })
      .returning({ id: jobFairs.id });
    await db.insert(jobFairBooths).values(
      Array.from({ length: 50 }, (_, k) => ({
        fairId: fair!.id,
        code: `A${String(k + 1).padStart(2, '0')}`,
        kind: 'A',
      })),
    );
  };
  await direct('浦江理工大学', '浦江理工大学2027届秋季双选会', 18, '南校区体育馆');
  await direct('沪东师范学院', '沪东师范学院2027届教育类专场双选会', 21, '图书馆报告厅');
}

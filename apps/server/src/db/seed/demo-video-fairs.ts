import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { shanghaiDate, shanghaiTime } from '../../lib/shanghai-time';
import { settleOrderPayment } from '../../modules/billing/settle-order-payment';
import { decideReviewRequest } from '../../modules/reviews/decide-review-request';
import { registerVideoFair } from '../../modules/video-fairs/register-video-fair';
import {
  findRegistration,
  insertStudentSignup,
  insertVideoFair,
} from '../../modules/video-fairs/video-fairs.repository';
import { SandboxPaymentProvider } from '../../providers/payment/sandbox-payment-provider';
import { DatabaseSandboxTradeStore } from '../../providers/payment/sandbox-trade-store';
import type { Database } from '../client';
import { accounts, jobs, resumes, universities } from '../schema';
import { DEMO } from './demo-accounts';

// 视频双选会 (issue 13 §2) for the demo, at 申江大学 (where the demo seeker studies): a fair going on
// today — the demo company approved (paid in 快点; 面试间 1 张璇, 面试间 2 李明), another company
// 待审核 and one 未通过 and refunded (both paid by WeChat Pay in the sandbox), the demo seeker and 12
// other students signed up — and a fair next week open for 报名 that the demo company has not
// registered for (去报名). The ids are fixed: the interviews' demo data (H4) uses them.

export const DEMO_VIDEO_FAIRS = {
  /** Going on today (started two hours ago, ends in six, within today in Shanghai). */
  live: '7d0f6a3e-2b1c-4c8e-9a51-0c0f1a000001',
  /** Next week, 报名中; the demo company has not registered. */
  upcoming: '7d0f6a3e-2b1c-4c8e-9a51-0c0f1a000002',
  /** The demo company's approved registration of the live fair (面试间 1 and 2). */
  liveRegistration: '7d0f6a3e-2b1c-4c8e-9a51-0c0f1a000011',
  /** Another company's registration, 待审核. */
  pendingRegistration: '7d0f6a3e-2b1c-4c8e-9a51-0c0f1a000012',
  /** A third company's registration, 未通过 and refunded. */
  rejectedRegistration: '7d0f6a3e-2b1c-4c8e-9a51-0c0f1a000013',
} as const;

/** Students of 申江大学 besides the demo seeker who signed up for the live fair. */
export const DEMO_VIDEO_FAIR_STUDENTS = 12;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const AGREEMENT = [
  '一、参会单位应保证所发布招聘信息真实、合法、有效，不得发布虚假或歧视性信息。',
  '二、参会单位应按约定时间进入面试间，遵守面试时长，尊重学生隐私，不得录音录像或泄露学生个人信息。',
  '三、报名费用于平台技术服务与组织工作；审核未通过或主办高校取消双选会的，报名费全额退还。',
  '四、审核通过后单位自行取消参会的，报名费不予退还。',
  '五、主办高校有权对违反本协议的单位取消参会资格。',
].join('\n');

/** Today's fair: two hours ago to six hours on, kept within today (Shanghai) whatever the hour. */
function todaysWindow(now: Date) {
  const today = shanghaiDate(now);
  const dayStart = shanghaiTime(today, 0, 5);
  const dayEnd = shanghaiTime(today, 23, 55);
  const startsAt = new Date(Math.max(now.getTime() - 2 * HOUR, dayStart.getTime()));
  const endsAt = new Date(
    Math.max(Math.min(now.getTime() + 6 * HOUR, dayEnd.getTime()), now.getTime() + 5 * 60_000),
  );
  return { startsAt, endsAt };
}

export async function seedDemoVideoFairs(ctx: AppContext, options: { companyId: string; now?: Date }) {
  const now = options.now ?? new Date();
  const db = ctx.db;
  const [shenjiang] = await db.select().from(universities).where(eq(universities.name, '申江大学'));
  if (!shenjiang) return;
  const [staff] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.universityId, shenjiang.id), eq(accounts.universityRole, 'admin')));
  if (!staff) return;
  // The sandbox takes the WeChat payments whatever PAYMENT_PROVIDER says (as demo-points does).
  const sandboxAt = (at?: Date) =>
    new SandboxPaymentProvider({
      secret: ctx.cipher.derivedKey('sandbox-payment'),
      store: new DatabaseSandboxTradeStore(db as Database),
      ...(at ? { clock: () => at } : {}),
    });
  const demo = { ...ctx, providers: { ...ctx.providers, payment: sandboxAt() } };

  const { startsAt, endsAt } = todaysWindow(now);
  await insertVideoFair(db, {
    id: DEMO_VIDEO_FAIRS.live,
    universityId: shenjiang.id,
    title: '申江大学2027届冬季视频双选会',
    description: '面向2027届毕业生的线上双选会：单位在面试间逐一视频面试，学生在手机上排队等候。',
    startsAt,
    endsAt,
    slotMinutes: 15,
    registrationDeadline: startsAt,
    feePoints: 100,
    capacity: 30,
    agreementText: AGREEMENT,
    allowVideo: true,
    allowText: true,
    createdBy: staff.id,
    createdAt: new Date(now.getTime() - 20 * DAY),
  });
  const nextWeek = shanghaiDate(new Date(now.getTime() + 7 * DAY));
  await insertVideoFair(db, {
    id: DEMO_VIDEO_FAIRS.upcoming,
    universityId: shenjiang.id,
    title: '申江大学智能制造专场视频双选会',
    description: '机械、电气、自动化、计算机等专业专场，视频招聘与文字沟通均可。',
    startsAt: shanghaiTime(nextWeek, 9),
    endsAt: shanghaiTime(nextWeek, 17),
    slotMinutes: 20,
    registrationDeadline: shanghaiTime(shanghaiDate(new Date(now.getTime() + 5 * DAY)), 17),
    feePoints: 200,
    capacity: 20,
    agreementText: AGREEMENT,
    allowVideo: true,
    allowText: true,
    createdBy: staff.id,
    createdAt: new Date(now.getTime() - 2 * DAY),
  });

  // The companies: the demo company (its admin and member) and two others with an HR account.
  // Employers log in with a mobile stored only hashed and encrypted: found by role and name.
  const employers = await db
    .select({
      id: accounts.id,
      companyId: accounts.companyId,
      companyRole: accounts.companyRole,
      displayName: accounts.displayName,
      status: accounts.status,
    })
    .from(accounts)
    .where(eq(accounts.role, 'employer'))
    .orderBy(asc(accounts.createdAt));
  const ofDemo = employers.filter((row) => row.companyId === options.companyId);
  const admin = ofDemo.find((row) => row.companyRole === 'admin')!;
  const member = ofDemo.find((row) => row.displayName === DEMO.employerMember.displayName) ?? admin;
  const others = employers.filter(
    (row) =>
      row.companyId !== options.companyId &&
      row.companyRole === 'admin' &&
      row.status === 'active' &&
      row.displayName !== DEMO.emptyWalletAdmin.displayName,
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
  const decider = {
    accountId: staff.id,
    scope: { reviewerKind: 'university' as const, universityId: shenjiang.id },
  };
  const registeredAt = new Date(now.getTime() - 10 * DAY);

  const demoRegistration = await registerVideoFair(ctx, {
    id: DEMO_VIDEO_FAIRS.liveRegistration,
    member: { accountId: admin.id, companyId: options.companyId, isAdmin: true },
    fairId: DEMO_VIDEO_FAIRS.live,
    input: {
      mode: 'video',
      requirements: '招聘机械设计、电气自动化、软件开发方向应届生，本科及以上，能适应上海浦东工作。',
      jobIds: await jobsOf(options.companyId),
      interviewers: [
        { room: 1, name: DEMO.employerAdmin.displayName, accountId: admin.id },
        { room: 2, name: DEMO.employerMember.displayName, accountId: member.id },
      ],
      wantsInvoice: false,
      agreed: true,
      payWith: 'points',
    },
    requestKey: '00000000-0000-4000-9100-000000000001',
    now: registeredAt,
  });
  await decideReviewRequest(ctx, {
    decider,
    requestId: (await reviewOf(ctx, demoRegistration.id))!,
    decision: 'approve',
  });

  // Two other companies paid by WeChat Pay (the sandbox): one waits for review, one was refused.
  const wechatRegistrations = [
    {
      id: DEMO_VIDEO_FAIRS.pendingRegistration,
      mode: 'text' as const,
      requirements: '招聘财务、行政、市场营销方向应届生。',
    },
    {
      id: DEMO_VIDEO_FAIRS.rejectedRegistration,
      mode: 'video' as const,
      requirements: '招聘销售代表若干名。',
    },
  ];
  for (const [i, plan] of wechatRegistrations.entries()) {
    const hr = others[i];
    if (!hr?.companyId) continue;
    // The pending one arrived yesterday (within its 3 working days); the refused one earlier.
    const at = new Date(now.getTime() - (i === 0 ? 1 : 8) * DAY);
    const registration = await registerVideoFair(demo, {
      id: plan.id,
      member: { accountId: hr.id, companyId: hr.companyId, isAdmin: true },
      fairId: DEMO_VIDEO_FAIRS.live,
      input: {
        mode: plan.mode,
        requirements: plan.requirements,
        jobIds: await jobsOf(hr.companyId),
        interviewers: [{ room: 1, name: '面试官', accountId: hr.id }],
        wantsInvoice: i === 0,
        agreed: true,
        payWith: 'wechat',
      },
      requestKey: `00000000-0000-4000-9100-00000000001${i}`,
      now: at,
    });
    const paidAt = new Date(at.getTime() + 2 * 60_000);
    const sandbox = sandboxAt(paidAt);
    const notice = await sandbox.parseCallback(await sandbox.pay(registration.paymentOrder!.outTradeNo));
    if (notice.eventType !== 'TRANSACTION.SUCCESS') throw new Error('the sandbox did not take the payment');
    await settleOrderPayment(demo, {
      outTradeNo: registration.paymentOrder!.outTradeNo,
      amountFen: notice.amountFen,
      transactionId: notice.transactionId,
      paidAt,
    });
    if (plan.id === DEMO_VIDEO_FAIRS.rejectedRegistration)
      await decideReviewRequest(demo, {
        decider,
        requestId: (await reviewOf(ctx, registration.id))!,
        decision: 'reject',
        reason: '招聘需求与本次双选会面向的专业不符',
      });
  }

  // The demo seeker and 12 other students of 申江大学 signed up.
  const students = await db
    .select({ accountId: resumes.accountId })
    .from(resumes)
    .innerJoin(accounts, eq(accounts.id, resumes.accountId))
    .where(and(sql`${resumes.educations} @> '[{"school":"申江大学"}]'::jsonb`, ne(accounts.role, 'employer')))
    .orderBy(asc(accounts.createdAt))
    .limit(DEMO_VIDEO_FAIR_STUDENTS + 1);
  for (const student of students) await insertStudentSignup(db, DEMO_VIDEO_FAIRS.live, student.accountId);
}

async function reviewOf(ctx: AppContext, registrationId: string) {
  return (await findRegistration(ctx.db, registrationId))?.reviewRequestId;
}

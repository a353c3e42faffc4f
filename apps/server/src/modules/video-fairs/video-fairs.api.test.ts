import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createRechargeOrder, createTestJob } from '../../../test/factories';
import { createUniversity } from '../../../test/factories/onboarding';
import { createTalent } from '../../../test/factories/talent';
import { TestClient } from '../../../test/http-client';
import {
  ledgerRequests,
  paymentOrders,
  reviewRequests,
  videoFairRegistrations,
  videoFairs,
} from '../../db/schema';
import { createStaffAccount } from '../../db/seed/accounts';
import { balanceOf } from '../billing/ledger-balances';

// Issue 13 §2: 视频双选会. The university holds a fair; companies 去报名 and pay in 快点 or by WeChat
// Pay (the sandbox); the university reviews; 驳回 and 取消 refund; students of the university sign up.

const DAY = 86_400_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

function fairBody(overrides: Record<string, unknown> = {}) {
  return {
    title: '2027届冬季视频双选会',
    description: '线上视频面试。',
    startsAt: iso(7 * DAY),
    endsAt: iso(7 * DAY + 6 * 3_600_000),
    slotMinutes: 15,
    registrationDeadline: iso(5 * DAY),
    feePoints: 100,
    capacity: 5,
    allowVideo: true,
    allowText: true,
    agreementText: '参会单位应保证招聘信息真实有效，遵守面试时长，尊重学生隐私。',
    ...overrides,
  };
}

describe('[UNIVERSITY/EMPLOYER/SEEKER] 视频双选会: fairs, 报名 and payment, review and refunds, students', () => {
  let t: TestApp;
  let n = 0;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  async function staffOf(universityId: string) {
    n += 1;
    const loginName = `vfair.staff.${n}`;
    await createStaffAccount(t.app.ctx, {
      role: 'university_staff',
      universityId,
      universityRole: 'member',
      loginName,
      displayName: `就业中心老师${n}`,
      password: 'Campus#2026ok',
    });
    const client = new TestClient(t.app, `192.0.2.${150 + n}`);
    expect((await client.login('university', loginName, 'Campus#2026ok')).status).toBe(200);
    return client;
  }

  /** A company with `points` 快点 (a paid recharge), its HR signed in, and a recruiting job. */
  async function company(points = 500) {
    const recharge = await createRechargeOrder(t.app, { points, paid: true });
    const job = await createTestJob(t.app.ctx.db, {
      companyId: recharge.company.id,
      title: '视频面试管培生',
    });
    return { ...recharge, job };
  }

  const registration = (c: Awaited<ReturnType<typeof company>>, overrides: Record<string, unknown> = {}) => ({
    mode: 'video',
    requirements: '招聘机械设计方向应届生',
    jobIds: [c.job.id],
    interviewers: [{ room: 1, name: '张面试官', accountId: c.hr.account.id }],
    wantsInvoice: false,
    agreed: true,
    payWith: 'points',
    ...overrides,
  });

  async function register(
    c: Awaited<ReturnType<typeof company>>,
    fairId: string,
    overrides: Record<string, unknown> = {},
    key = randomUUID(),
  ) {
    return c.hr.client.post(`/api/employer/video-fairs/${fairId}/registrations`, registration(c, overrides), {
      'idempotency-key': key,
    });
  }

  async function newFair(overrides: Record<string, unknown> = {}) {
    const university = await createUniversity(t);
    const staff = await staffOf(university.id);
    const created = await staff.post('/api/university/video-fairs', fairBody(overrides));
    expect(created.status).toBe(200);
    return { university, staff, fair: created.body as { id: string } };
  }

  const reviewOf = async (registrationId: string) =>
    (
      await t.app.ctx.db
        .select()
        .from(reviewRequests)
        .where(
          and(
            eq(reviewRequests.kind, 'video_fair_registration'),
            eq(reviewRequests.subjectId, registrationId),
          ),
        )
    )[0];

  it('create, edit and cancel validate; another university’s fair answers 404', async () => {
    const { staff, fair, university } = await newFair();
    expect((await staff.get(`/api/university/video-fairs/${fair.id}`)).body).toMatchObject({
      phase: 'registration_open',
      capacity: 5,
      registeredCount: 0,
      counts: { pending: 0, approved: 0, students: 0, interviewed: 0, queued: 0 },
      companies: [],
    });
    const bad = await staff.post(
      '/api/university/video-fairs',
      fairBody({ slotMinutes: 3, allowVideo: false, allowText: false, endsAt: iso(6 * DAY) }),
    );
    expect(bad.status).toBe(400);
    const reasons = Object.fromEntries(
      bad.body.details.fields.map((f: { field: string; reason: string }) => [f.field, f.reason]),
    );
    expect(reasons).toMatchObject({
      slotMinutes: '面试时长为5-120分钟',
      allowVideo: '请至少选择一种面试方式',
      endsAt: '结束时间须晚于开始时间',
    });
    const edited = await staff.request(
      'PUT',
      `/api/university/video-fairs/${fair.id}`,
      fairBody({ title: '改名后的视频双选会' }),
    );
    expect(edited.status).toBe(200);
    expect(edited.body.title).toBe('改名后的视频双选会');

    const other = await createUniversity(t);
    const outsider = await staffOf(other.id);
    expect((await outsider.get(`/api/university/video-fairs/${fair.id}`)).status).toBe(404);
    expect((await outsider.request('PUT', `/api/university/video-fairs/${fair.id}`, fairBody())).status).toBe(
      404,
    );
    expect(
      (await outsider.post(`/api/university/video-fairs/${fair.id}/cancel`, { reason: '取消' })).status,
    ).toBe(404);
    const list = await outsider.get('/api/university/video-fairs');
    expect(list.body.items.map((f: { id: string }) => f.id)).not.toContain(fair.id);
    const mine = await staff.get('/api/university/video-fairs');
    expect(mine.body.items.map((f: { id: string }) => f.id)).toContain(fair.id);
    expect(university.id).toBeTruthy();
  });

  it('快点: the fee leaves the wallet in the ledger, 待审核; a retry answers the same; one live per company; approve', async () => {
    const { staff, fair } = await newFair();
    const a = await company(500);
    const key = randomUUID();
    const registered = await register(a, fair.id, {}, key);
    expect(registered.status).toBe(200);
    expect(registered.body).toMatchObject({
      state: 'pending',
      paidWith: 'points',
      feePoints: 100,
      mode: 'video',
      jobs: [{ id: a.job.id, title: '视频面试管培生' }],
      interviewers: [
        { room: 1, name: '张面试官', accountId: a.hr.account.id, accountName: a.hr.account.displayName },
      ],
      canCancel: true,
      paymentOrder: null,
    });
    expect(await a.wallet()).toBe(400);
    const [ledger] = await t.app.ctx.db
      .select()
      .from(ledgerRequests)
      .where(eq(ledgerRequests.key, `video_fair:${a.company.id}:${key}`));
    expect(ledger).toMatchObject({ purpose: 'video_fair_fee' });

    const again = await register(a, fair.id, {}, key);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(registered.body.id);
    expect(await a.wallet()).toBe(400);

    const second = await register(a, fair.id);
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('VIDEO_FAIR_ALREADY_REGISTERED');
    expect(await a.wallet()).toBe(400);

    const review = await reviewOf(registered.body.id);
    const approved = await staff.post(`/api/university/reviews/${review!.id}/decision`, {
      decision: 'approve',
    });
    expect(approved.status).toBe(200);
    const mine = await a.hr.client.get('/api/employer/video-fair-registrations');
    expect(mine.body.items[0]).toMatchObject({ id: registered.body.id, state: 'approved', canCancel: false });
    const detail = await a.hr.client.get(`/api/employer/video-fairs/${fair.id}`);
    expect(detail.body).toMatchObject({
      myRegistration: { id: registered.body.id, state: 'approved' },
      placesLeft: 4,
    });
  });

  it('too few 快点: INSUFFICIENT_POINTS and nothing kept (no registration, the place free)', async () => {
    const { fair } = await newFair();
    const poor = await company(50);
    const refused = await register(poor, fair.id);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'INSUFFICIENT_POINTS', message: '快点余额不足，请先充值' });
    expect(await poor.wallet()).toBe(50);
    const [row] = await t.app.ctx.db.select().from(videoFairs).where(eq(videoFairs.id, fair.id));
    expect(row!.registeredCount).toBe(0);
    const rows = await t.app.ctx.db
      .select()
      .from(videoFairRegistrations)
      .where(eq(videoFairRegistrations.companyId, poor.company.id));
    expect(rows).toHaveLength(0);
  });

  it('WeChat Pay: 待支付 with the cashier → paid in the sandbox → 待审核; 驳回 refunds by WeChat Pay', async () => {
    const { staff, fair } = await newFair();
    const a = await company(10);
    const registered = await register(a, fair.id, { payWith: 'wechat', wantsInvoice: true });
    expect(registered.status).toBe(200);
    expect(registered.body).toMatchObject({ state: 'awaiting_payment', paidWith: 'wechat', paidAt: null });
    const order = registered.body.paymentOrder;
    expect(order).toMatchObject({ amountFen: 100 * 100, points: 100, state: 'created' });
    expect(order.codeUrl).toBe(`/pay/sandbox/${order.outTradeNo}`);
    expect(await reviewOf(registered.body.id)).toBeUndefined();

    const paid = await a.hr.client.post(`/api/payments/sandbox/${order.outTradeNo}/success`);
    expect(paid.status).toBe(200);
    const after = await a.hr.client.get(`/api/employer/video-fair-registrations/${registered.body.id}`);
    expect(after.body).toMatchObject({ state: 'pending', paymentOrder: null });
    expect(after.body.paidAt).not.toBeNull();
    // Credited and spent at once: the wallet is as before.
    expect(await a.wallet()).toBe(10);
    // 是否开票: the fee paid by WeChat is one of the orders 开具发票 offers.
    const options = await a.hr.client.get('/api/employer/invoices/options');
    expect(options.status).toBe(200);
    expect(options.body.orders).toContainEqual(
      expect.objectContaining({
        id: order.id,
        amountFen: 100 * 100,
        description: expect.stringContaining('视频双选会报名费'),
      }),
    );

    const review = await reviewOf(registered.body.id);
    const rejected = await staff.post(`/api/university/reviews/${review!.id}/decision`, {
      decision: 'reject',
      reason: '招聘需求与本场不符',
    });
    expect(rejected.status).toBe(200);
    const refused = await a.hr.client.get(`/api/employer/video-fair-registrations/${registered.body.id}`);
    expect(refused.body).toMatchObject({
      state: 'rejected',
      rejectReason: '招聘需求与本场不符',
      refund: 'wechat',
    });
    const [orderRow] = await t.app.ctx.db.select().from(paymentOrders).where(eq(paymentOrders.id, order.id));
    expect(orderRow).toMatchObject({ state: 'refunded', purpose: 'video_fair' });
    expect(await a.wallet()).toBe(10);
    const [fairRow] = await t.app.ctx.db.select().from(videoFairs).where(eq(videoFairs.id, fair.id));
    expect(fairRow!.registeredCount).toBe(0);
  });

  it('an unpaid WeChat registration cancelled: the order closes and the place is freed', async () => {
    const { fair } = await newFair();
    const a = await company(10);
    const registered = await register(a, fair.id, { payWith: 'wechat' });
    const cancelled = await a.hr.client.post(
      `/api/employer/video-fair-registrations/${registered.body.id}/cancel`,
    );
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.state).toBe('cancelled');
    const [orderRow] = await t.app.ctx.db
      .select()
      .from(paymentOrders)
      .where(eq(paymentOrders.id, registered.body.paymentOrder.id));
    expect(orderRow!.state).toBe('closed');
    const [fairRow] = await t.app.ctx.db.select().from(videoFairs).where(eq(videoFairs.id, fair.id));
    expect(fairRow!.registeredCount).toBe(0);
  });

  it('驳回 a 快点 registration restores the balance; 取消报名 before the review refunds too', async () => {
    const { staff, fair } = await newFair();
    const a = await company(300);
    const first = await register(a, fair.id);
    expect(await a.wallet()).toBe(200);
    const review = await reviewOf(first.body.id);
    await staff.post(`/api/university/reviews/${review!.id}/decision`, {
      decision: 'reject',
      reason: '名额已满',
    });
    expect(await a.wallet()).toBe(300);
    const refused = await a.hr.client.get(`/api/employer/video-fair-registrations/${first.body.id}`);
    expect(refused.body).toMatchObject({ state: 'rejected', refund: 'points' });

    // Refused, the company may register again; then cancels before the review.
    const second = await register(a, fair.id);
    expect(second.status).toBe(200);
    expect(await a.wallet()).toBe(200);
    const cancelled = await a.hr.client.post(
      `/api/employer/video-fair-registrations/${second.body.id}/cancel`,
    );
    expect(cancelled.body).toMatchObject({ state: 'cancelled', refund: 'points' });
    expect(await a.wallet()).toBe(300);
    const again = await a.hr.client.post(`/api/employer/video-fair-registrations/${second.body.id}/cancel`);
    expect(again.status).toBe(409);
    expect(await a.wallet()).toBe(300);
  });

  it('20 concurrent registrations for the last 3 places: exactly 3', async () => {
    const { fair } = await newFair({ capacity: 3, feePoints: 0 });
    const companies = [];
    for (let i = 0; i < 20; i++) companies.push(await company(10));
    const answers = await Promise.all(companies.map((c) => register(c, fair.id)));
    expect(answers.filter((r) => r.status === 200)).toHaveLength(3);
    const full = answers.filter((r) => r.status === 409);
    expect(full).toHaveLength(17);
    expect(full[0]!.body.code).toBe('VIDEO_FAIR_FULL');
    const [row] = await t.app.ctx.db.select().from(videoFairs).where(eq(videoFairs.id, fair.id));
    expect(row!.registeredCount).toBe(3);
  });

  it('refuses: deadline passed, agreement missing, interviewer not a member, mode not offered, a foreign job', async () => {
    const { fair } = await newFair({ allowText: false });
    const a = await company(500);
    const noAgreement = await register(a, fair.id, { agreed: false });
    expect(noAgreement.status).toBe(400);
    expect(noAgreement.body.details.fields[0]).toMatchObject({
      field: 'agreed',
      reason: '请阅读并同意《视频双选会协议》',
    });
    const b = await company(10);
    const outsider = await register(a, fair.id, {
      interviewers: [{ room: 1, name: '外人', accountId: b.hr.account.id }],
    });
    expect(outsider.status).toBe(400);
    expect(outsider.body.details.fields[0]).toMatchObject({
      field: 'interviewers',
      reason: '登录面试间的须是本单位成员',
    });
    const text = await register(a, fair.id, { mode: 'text' });
    expect(text.body.details.fields[0]).toMatchObject({
      field: 'mode',
      reason: '该视频双选会不支持文字沟通',
    });
    const foreignJob = await register(a, fair.id, { jobIds: [b.job.id] });
    expect(foreignJob.body.details.fields[0]).toMatchObject({
      field: 'jobIds',
      reason: '请选择本单位招聘中的职位',
    });
    expect(await a.wallet()).toBe(500);

    const closed = await newFair({
      registrationDeadline: iso(-60_000),
      startsAt: iso(DAY),
      endsAt: iso(2 * DAY),
    });
    const late = await register(a, closed.fair.id);
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({
      code: 'VIDEO_FAIR_REGISTRATION_CLOSED',
      message: '该视频双选会报名已截止',
    });
  });

  it('another company’s registration answers 404', async () => {
    const { fair } = await newFair();
    const a = await company(500);
    const b = await company(10);
    const registered = await register(a, fair.id);
    expect(
      (await b.hr.client.get(`/api/employer/video-fair-registrations/${registered.body.id}`)).status,
    ).toBe(404);
    expect(
      (await b.hr.client.post(`/api/employer/video-fair-registrations/${registered.body.id}/cancel`)).status,
    ).toBe(404);
    expect(await a.wallet()).toBe(400);
  });

  it('取消 a fair refunds every paid registration (快点 and WeChat) and closes an unpaid order', async () => {
    const { staff, fair } = await newFair();
    const a = await company(500);
    const b = await company(10);
    const c = await company(10);
    const byPoints = await register(a, fair.id);
    const byWechat = await register(b, fair.id, { payWith: 'wechat' });
    await b.hr.client.post(`/api/payments/sandbox/${byWechat.body.paymentOrder.outTradeNo}/success`);
    const unpaid = await register(c, fair.id, { payWith: 'wechat' });
    await staff.post(`/api/university/reviews/${(await reviewOf(byPoints.body.id))!.id}/decision`, {
      decision: 'approve',
    });

    const cancelled = await staff.post(`/api/university/video-fairs/${fair.id}/cancel`, {
      reason: '因故取消',
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      state: 'cancelled',
      cancelReason: '因故取消',
      phase: 'cancelled',
    });
    expect(await a.wallet()).toBe(500);
    const pointsAfter = await a.hr.client.get(`/api/employer/video-fair-registrations/${byPoints.body.id}`);
    expect(pointsAfter.body).toMatchObject({ state: 'cancelled', refund: 'points' });
    const wechatAfter = await b.hr.client.get(`/api/employer/video-fair-registrations/${byWechat.body.id}`);
    expect(wechatAfter.body).toMatchObject({ state: 'cancelled', refund: 'wechat' });
    expect(await b.wallet()).toBe(10);
    const unpaidAfter = await c.hr.client.get(`/api/employer/video-fair-registrations/${unpaid.body.id}`);
    expect(unpaidAfter.body.state).toBe('cancelled');
    const [order] = await t.app.ctx.db
      .select()
      .from(paymentOrders)
      .where(eq(paymentOrders.id, unpaid.body.paymentOrder.id));
    expect(order!.state).toBe('closed');
    expect(await balanceOf(t.app.ctx.db, { kind: 'company_wallet', companyId: c.company.id })).toBe(10);
    const late = await register(await company(500), fair.id);
    expect(late.body.code).toBe('VIDEO_FAIR_CANCELLED');
  });

  it('students: only their university’s fairs; 报名参加, 取消报名, the companies attending', async () => {
    const { staff, fair, university } = await newFair({ feePoints: 0 });
    const a = await company(10);
    const registered = await register(a, fair.id);
    await staff.post(`/api/university/reviews/${(await reviewOf(registered.body.id))!.id}/decision`, {
      decision: 'approve',
    });
    const me = await createTalent(t.app, {
      educations: [{ school: university.name, education: '20', startMonth: '2023-09', endMonth: null }],
    });
    const list = await me.client.get('/api/seeker/video-fairs');
    expect(list.body.items.map((f: { id: string }) => f.id)).toEqual([fair.id]);
    const signed = await me.client.post(`/api/seeker/video-fairs/${fair.id}/signup`);
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({
      signedUp: true,
      studentCount: 1,
      canCancelSignup: true,
      companyCount: 1,
    });
    expect(signed.body.companies).toEqual([
      {
        registrationId: registered.body.id,
        company: { id: a.company.id, name: a.company.name },
        mode: 'video',
        requirements: '招聘机械设计方向应届生',
        jobs: [{ id: a.job.id, title: '视频面试管培生' }],
      },
    ]);
    expect((await staff.get(`/api/university/video-fairs/${fair.id}`)).body.counts.students).toBe(1);
    const cancelled = await me.client.request('DELETE', `/api/seeker/video-fairs/${fair.id}/signup`);
    expect(cancelled.body).toMatchObject({ signedUp: false, studentCount: 0 });

    const other = await createUniversity(t);
    const outsider = await createTalent(t.app, {
      educations: [{ school: other.name, education: '20', startMonth: '2023-09', endMonth: null }],
    });
    expect((await outsider.client.get(`/api/seeker/video-fairs/${fair.id}`)).status).toBe(404);
    expect((await outsider.client.post(`/api/seeker/video-fairs/${fair.id}/signup`)).status).toBe(404);
    expect((await outsider.client.get('/api/seeker/video-fairs')).body.items).toEqual([]);
  });
});

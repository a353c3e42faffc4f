import { liveTopic } from '@openrecruit/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestCompany, createTestJob } from '../../../test/factories';
import { companyWithAdmin, createUniversity } from '../../../test/factories/onboarding';
import { TestClient } from '../../../test/http-client';
import { listenTo } from '../../../test/live-events';
import { accounts, employerTodos, jobFairs, reviewRequests, venues } from '../../db/schema';
import { createStaffAccount } from '../../db/seed/accounts';
import { AppError } from '../../lib/app-error';
import { registerJobFair } from './register-job-fair';
import { withdrawJobFairRegistration } from './withdraw-job-fair-registration';

// Issue 11 item 5: 双选会. The university holds a fair, entered companies 报名 (a review the
// university decides), booths are assigned, and the capacity holds under concurrency.

const DAY = 86_400_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

function fairBody(overrides: Record<string, unknown> = {}) {
  return {
    title: '2027届秋季综合双选会',
    description: '面向2027届毕业生。',
    startsAt: iso(7 * DAY),
    endsAt: iso(7 * DAY + 6 * 3_600_000),
    location: '体育馆',
    boothKinds: [
      { name: '标准展位', feeCents: 0, count: 3 },
      { name: '特装展位', feeCents: 50_000, count: 2 },
    ],
    registrationOpensAt: iso(-DAY),
    registrationClosesAt: iso(5 * DAY),
    rules: '请提前30分钟入场布展。',
    ...overrides,
  };
}

describe('[UNIVERSITY/EMPLOYER] 双选会: fairs, 报名, review, booths', () => {
  let t: TestApp;
  let n = 0;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  async function staffOf(universityId: string) {
    n += 1;
    const loginName = `fair.staff.${n}`;
    await createStaffAccount(t.app.ctx, {
      role: 'university_staff',
      universityId,
      universityRole: 'member',
      loginName,
      displayName: `就业中心老师${n}`,
      password: 'Campus#2026ok',
    });
    const client = new TestClient(t.app, `192.0.2.${100 + n}`);
    expect((await client.login('university', loginName, 'Campus#2026ok')).status).toBe(200);
    return client;
  }

  /** An approved 入驻高校 request: the company is 已入驻 at the university. */
  async function enter(companyId: string, accountId: string, universityId: string) {
    await t.app.ctx.db.insert(reviewRequests).values({
      kind: 'university_entry',
      state: 'approved',
      subjectId: companyId,
      applicantAccountId: accountId,
      applicantCompanyId: companyId,
      reviewerKind: 'university',
      reviewerUniversityId: universityId,
      payload: { universityName: '测试大学', source: 'console' },
      decidedAt: new Date(),
    });
  }

  async function employer(universityId?: string) {
    const { company, admin, adminLogin, adminPassword } = await companyWithAdmin(t);
    n += 1;
    const client = new TestClient(t.app, `198.51.100.${(100 + n) % 250}`);
    expect((await client.login('employer', adminLogin, adminPassword)).status).toBe(200);
    if (universityId) await enter(company.id, admin.id, universityId);
    const job = await createTestJob(t.app.ctx.db, { companyId: company.id, title: `校招管培生${n}` });
    return { company, admin, client, job };
  }

  const registration = (jobId: string, boothKind = 'B') => ({
    contacts: [{ name: '李经理', mobile: '13912345678' }],
    jobIds: [jobId],
    boothKind,
    boothWish: '靠近入口',
  });

  const todosOf = (companyId: string, registrationId: string) =>
    t.app.ctx.db
      .select()
      .from(employerTodos)
      .where(and(eq(employerTodos.companyId, companyId), eq(employerTodos.sourceId, registrationId)));

  it('create → 报名 → approve (to-do and notice) → booth → withdraw frees the place, booth and to-do', async () => {
    const university = await createUniversity(t);
    const staff = await staffOf(university.id);
    const a = await employer(university.id);

    const created = await staff.post('/api/university/job-fairs', fairBody());
    expect(created.status).toBe(200);
    const fair = created.body;
    expect(fair).toMatchObject({
      capacity: 5,
      registeredCount: 0,
      state: 'published',
      phase: 'registration_open',
    });
    expect(fair.boothKinds).toEqual([
      { code: 'A', name: '标准展位', feeCents: 0, count: 3 },
      { code: 'B', name: '特装展位', feeCents: 50_000, count: 2 },
    ]);
    expect(fair.booths.map((b: { code: string }) => b.code)).toEqual(['A01', 'A02', 'A03', 'B01', 'B02']);

    const list = await a.client.get(`/api/employer/job-fairs?universityId=${university.id}`);
    expect(list.status).toBe(200);
    expect(list.body.items[0]).toMatchObject({ id: fair.id, entryState: 'entered', registration: null });

    const companyLive = listenTo(t.app, liveTopic.company(a.company.id));
    const universityLive = listenTo(t.app, liveTopic.university(university.id));
    const registered = await a.client.post(
      `/api/employer/job-fairs/${fair.id}/registrations`,
      registration(a.job.id),
    );
    expect(registered.status).toBe(200);
    expect(registered.body).toMatchObject({
      state: 'pending',
      boothKind: { code: 'B', name: '特装展位', feeCents: 50_000 },
      jobs: [{ id: a.job.id, title: a.job.title }],
      contacts: [{ name: '李经理', mobile: '13912345678' }],
      canWithdraw: true,
      booth: null,
    });
    expect(Date.parse(registered.body.dueAt)).toBeGreaterThan(Date.now());
    expect((await universityLive.waitFor('job-fairs.changed')).data).toEqual({ fairId: fair.id });
    await universityLive.waitFor('reviews.changed');
    await companyLive.waitFor('job-fairs.changed');

    const queue = await staff.get('/api/university/reviews?kind=job_fair_registration&state=pending');
    expect(queue.body.items).toHaveLength(1);
    const review = queue.body.items[0];
    expect(review).toMatchObject({ kindLabel: '双选会报名', company: { id: a.company.id } });
    const fields = review.view.sections.flatMap((s: { fields: unknown[] }) => s.fields);
    expect(fields).toContainEqual({ label: '展位类型', value: '特装展位（¥500.00）' });
    expect(fields).toContainEqual({ label: '携带职位', value: a.job.title });
    expect(fields).toContainEqual({ label: '联系人', value: '李经理 13912345678' });

    companyLive.received.length = 0;
    const approved = await staff.post(`/api/university/reviews/${review.id}/decision`, {
      decision: 'approve',
    });
    expect(approved.status).toBe(200);
    await companyLive.waitFor('job-fairs.changed');
    const mine = await a.client.get('/api/employer/job-fair-registrations');
    expect(mine.body.items[0]).toMatchObject({ id: registered.body.id, state: 'approved', dueAt: null });
    const [todo] = await todosOf(a.company.id, registered.body.id);
    expect(todo).toMatchObject({ kind: 'job_fair', title: `双选会：${fair.title}`, location: '体育馆' });
    expect(todo!.startsAt.toISOString()).toBe(fair.startsAt);
    const notices = await a.client.get('/api/employer/notifications');
    expect(notices.body.items[0]).toMatchObject({ title: '双选会报名已通过' });

    const b01 = fair.booths.find((b: { code: string }) => b.code === 'B01').id;
    const assigned = await staff.post(
      `/api/university/job-fairs/${fair.id}/registrations/${registered.body.id}/booth`,
      { boothId: b01 },
    );
    expect(assigned.status).toBe(200);
    expect(assigned.body.booths.find((b: { id: string }) => b.id === b01).registrationId).toBe(
      registered.body.id,
    );
    expect((await todosOf(a.company.id, registered.body.id))[0]!.location).toBe('体育馆 展位B01');

    const publicView = await new TestClient(t.app).get(`/api/public/job-fairs/${fair.id}`);
    expect(publicView.status).toBe(200);
    expect(publicView.body.companies).toEqual([
      {
        id: a.company.id,
        name: a.company.name,
        boothCode: 'B01',
        jobs: [{ id: a.job.id, title: a.job.title }],
      },
    ]);
    const publicList = await new TestClient(t.app).get(`/api/public/job-fairs?universityId=${university.id}`);
    expect(publicList.body.items.map((f: { id: string }) => f.id)).toEqual([fair.id]);

    const withdrawn = await a.client.post(
      `/api/employer/job-fair-registrations/${registered.body.id}/withdraw`,
    );
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ state: 'withdrawn', booth: null, canWithdraw: false });
    const detail = await staff.get(`/api/university/job-fairs/${fair.id}`);
    expect(detail.body.registeredCount).toBe(0);
    expect(
      detail.body.booths.every((b: { registrationId: string | null }) => b.registrationId === null),
    ).toBe(true);
    expect(await todosOf(a.company.id, registered.body.id)).toHaveLength(0);
    const twice = await a.client.post(`/api/employer/job-fair-registrations/${registered.body.id}/withdraw`);
    expect(twice.status).toBe(409);

    // A withdrawn company may 报名 again.
    const again = await a.client.post(
      `/api/employer/job-fairs/${fair.id}/registrations`,
      registration(a.job.id, 'A'),
    );
    expect(again.status).toBe(200);
    const duplicate = await a.client.post(
      `/api/employer/job-fairs/${fair.id}/registrations`,
      registration(a.job.id),
    );
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('JOB_FAIR_ALREADY_REGISTERED');
  });

  it('reject gives the place back; a withdrawn pending one cannot be approved, shows 已撤销 and can be rejected', async () => {
    const university = await createUniversity(t);
    const staff = await staffOf(university.id);
    const a = await employer(university.id);
    const b = await employer(university.id);
    const fair = (await staff.post('/api/university/job-fairs', fairBody())).body;
    const ra = (
      await a.client.post(`/api/employer/job-fairs/${fair.id}/registrations`, registration(a.job.id))
    ).body;
    const rb = (
      await b.client.post(`/api/employer/job-fairs/${fair.id}/registrations`, registration(b.job.id))
    ).body;
    expect((await staff.get(`/api/university/job-fairs/${fair.id}`)).body.registeredCount).toBe(2);

    const rejected = await staff.post(`/api/university/reviews/${ra.reviewRequestId}/decision`, {
      decision: 'reject',
      reason: '展位已满额',
    });
    expect(rejected.status).toBe(200);
    const detail = (await staff.get(`/api/university/job-fairs/${fair.id}`)).body;
    expect(detail.registeredCount).toBe(1);
    expect(detail.registrations.find((r: { id: string }) => r.id === ra.id)).toMatchObject({
      state: 'rejected',
      rejectReason: '展位已满额',
    });
    expect((await a.client.get('/api/employer/notifications')).body.items[0]).toMatchObject({
      title: '双选会报名未通过',
    });

    expect((await b.client.post(`/api/employer/job-fair-registrations/${rb.id}/withdraw`)).status).toBe(200);
    const drawer = await staff.get(`/api/university/reviews/${rb.reviewRequestId}`);
    const fields = drawer.body.view.sections.flatMap((s: { fields: { label: string }[] }) => s.fields);
    expect(fields.find((f: { label: string }) => f.label === '报名状态').value).toContain('已撤销');
    const approve = await staff.post(`/api/university/reviews/${rb.reviewRequestId}/decision`, {
      decision: 'approve',
    });
    expect(approve.status).toBe(409);
    expect(approve.body.code).toBe('JOB_FAIR_REGISTRATION_WITHDRAWN');
    const reject = await staff.post(`/api/university/reviews/${rb.reviewRequestId}/decision`, {
      decision: 'reject',
      reason: '单位已撤销',
    });
    expect(reject.status).toBe(200);
    expect((await staff.get(`/api/university/job-fairs/${fair.id}`)).body.registeredCount).toBe(0);
  });

  it('refuses outside the window, after the deadline, and where the company has not entered', async () => {
    const university = await createUniversity(t);
    const staff = await staffOf(university.id);
    const a = await employer(university.id);
    const stranger = await employer();
    const later = (
      await staff.post(
        '/api/university/job-fairs',
        fairBody({ registrationOpensAt: iso(2 * DAY), registrationClosesAt: iso(5 * DAY) }),
      )
    ).body;
    const early = await a.client.post(
      `/api/employer/job-fairs/${later.id}/registrations`,
      registration(a.job.id),
    );
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'JOB_FAIR_REGISTRATION_CLOSED', message: '报名尚未开始' });

    const fair = (await staff.post('/api/university/job-fairs', fairBody())).body;
    const notEntered = await stranger.client.post(
      `/api/employer/job-fairs/${fair.id}/registrations`,
      registration(stranger.job.id),
    );
    expect(notEntered.status).toBe(409);
    expect(notEntered.body.code).toBe('UNIVERSITY_NOT_ENTERED');
    const strangerList = await stranger.client.get(`/api/employer/job-fairs?universityId=${university.id}`);
    expect(strangerList.body.items[0]).toMatchObject({ entryState: 'none' });

    const foreignJob = await a.client.post(
      `/api/employer/job-fairs/${fair.id}/registrations`,
      registration(stranger.job.id),
    );
    expect(foreignJob.status).toBe(400);
    expect(foreignJob.body.details.fields[0].field).toBe('jobIds');

    const mine = (
      await a.client.post(`/api/employer/job-fairs/${fair.id}/registrations`, registration(a.job.id))
    ).body;
    await expect(
      withdrawJobFairRegistration(t.app.ctx, {
        member: { accountId: a.admin.id, companyId: a.company.id, isAdmin: true },
        registrationId: mine.id,
        now: new Date(Date.now() + 6 * DAY),
      }),
    ).rejects.toSatisfy(
      (error) =>
        error instanceof AppError &&
        error.code === 'JOB_FAIR_REGISTRATION_CLOSED' &&
        error.message === '报名已截止，不能撤销报名',
    );
    await expect(
      registerJobFair(t.app.ctx, {
        member: { accountId: stranger.admin.id, companyId: stranger.company.id, isAdmin: true },
        fairId: fair.id,
        input: { ...registration(stranger.job.id), boothWish: '' },
        now: new Date(Date.now() + 6 * DAY),
      }),
    ).rejects.toBeInstanceOf(AppError);
  });

  it('50 concurrent 报名 by 50 entered companies for the last 5 places: exactly 5, 45 get JOB_FAIR_FULL', async () => {
    const university = await createUniversity(t);
    const staff = await staffOf(university.id);
    const first = await employer(university.id);
    const fair = (
      await staff.post(
        '/api/university/job-fairs',
        fairBody({ boothKinds: [{ name: '标准展位', feeCents: 0, count: 6 }] }),
      )
    ).body;
    expect(
      (
        await first.client.post(
          `/api/employer/job-fairs/${fair.id}/registrations`,
          registration(first.job.id, 'A'),
        )
      ).status,
    ).toBe(200);

    const db = t.app.ctx.db;
    const members = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const company = await createTestCompany(db);
        const [account] = await db
          .insert(accounts)
          .values({
            role: 'employer',
            displayName: `招聘专员${i}`,
            passwordHash: 'not-a-login',
            companyId: company.id,
            companyRole: 'admin',
          })
          .returning();
        await enter(company.id, account!.id, university.id);
        const job = await createTestJob(db, { companyId: company.id });
        return { member: { accountId: account!.id, companyId: company.id, isAdmin: true }, job };
      }),
    );
    const results = await Promise.allSettled(
      members.map(({ member, job }) =>
        registerJobFair(t.app.ctx, {
          member,
          fairId: fair.id,
          input: { ...registration(job.id, 'A'), boothWish: '' },
        }),
      ),
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(5);
    expect(refused).toHaveLength(45);
    for (const r of refused) expect((r.reason as AppError).code).toBe('JOB_FAIR_FULL');
    const [row] = await db.select().from(jobFairs).where(eq(jobFairs.id, fair.id));
    expect(row).toMatchObject({ registeredCount: 6, capacity: 6 });
    const queue = await staff.get('/api/university/reviews?kind=job_fair_registration&pageSize=100');
    expect(queue.body.total).toBe(6);
  }, 60_000);

  it("keeps each university's fairs and each company's registrations to themselves (404)", async () => {
    const university = await createUniversity(t);
    const staff = await staffOf(university.id);
    const other = await staffOf((await createUniversity(t)).id);
    const a = await employer(university.id);
    const b = await employer(university.id);
    const fair = (await staff.post('/api/university/job-fairs', fairBody())).body;
    const ra = (
      await a.client.post(`/api/employer/job-fairs/${fair.id}/registrations`, registration(a.job.id))
    ).body;

    expect((await other.get(`/api/university/job-fairs/${fair.id}`)).status).toBe(404);
    expect((await other.request('PUT', `/api/university/job-fairs/${fair.id}`, fairBody())).status).toBe(404);
    expect((await other.post(`/api/university/job-fairs/${fair.id}/cancel`)).status).toBe(404);
    expect((await other.post(`/api/university/job-fairs/${fair.id}/auto-assign`)).status).toBe(404);
    expect(
      (
        await other.post(`/api/university/job-fairs/${fair.id}/registrations/${ra.id}/booth`, {
          boothId: null,
        })
      ).status,
    ).toBe(404);
    expect((await other.get(`/api/university/reviews/${ra.reviewRequestId}`)).status).toBe(404);
    expect((await other.get('/api/university/job-fairs')).body.total).toBe(0);
    expect((await b.client.post(`/api/employer/job-fair-registrations/${ra.id}/withdraw`)).status).toBe(404);
    expect((await b.client.get('/api/employer/job-fair-registrations')).body.total).toBe(0);
  });

  it('booths: a taken booth is 409, 自动分配 follows the order and the kind; edit and cancel keep the rules', async () => {
    const university = await createUniversity(t);
    const staff = await staffOf(university.id);
    const [a, b, c] = [
      await employer(university.id),
      await employer(university.id),
      await employer(university.id),
    ];
    const fair = (await staff.post('/api/university/job-fairs', fairBody())).body;
    const regs = [];
    for (const [who, kind] of [
      [a, 'A'],
      [b, 'A'],
      [c, 'B'],
    ] as const) {
      const r = (
        await who.client.post(
          `/api/employer/job-fairs/${fair.id}/registrations`,
          registration(who.job.id, kind),
        )
      ).body;
      expect(
        (await staff.post(`/api/university/reviews/${r.reviewRequestId}/decision`, { decision: 'approve' }))
          .status,
      ).toBe(200);
      regs.push(r);
    }
    const a02 = fair.booths.find((x: { code: string }) => x.code === 'A02').id;
    expect(
      (
        await staff.post(`/api/university/job-fairs/${fair.id}/registrations/${regs[1].id}/booth`, {
          boothId: a02,
        })
      ).status,
    ).toBe(200);
    const taken = await staff.post(`/api/university/job-fairs/${fair.id}/registrations/${regs[0].id}/booth`, {
      boothId: a02,
    });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('JOB_FAIR_BOOTH_TAKEN');

    const auto = await staff.post(`/api/university/job-fairs/${fair.id}/auto-assign`);
    expect(auto.status).toBe(200);
    const boothOf = (id: string) =>
      auto.body.registrations.find((r: { id: string }) => r.id === id).booth?.code;
    expect([boothOf(regs[0].id), boothOf(regs[1].id), boothOf(regs[2].id)]).toEqual(['A01', 'A02', 'B01']);

    // Edit: an assigned booth cannot go, nor fewer booths than companies; adding booths is fine.
    const shrink = await staff.request(
      'PUT',
      `/api/university/job-fairs/${fair.id}`,
      fairBody({
        boothKinds: [
          { name: '标准展位', feeCents: 0, count: 1 },
          { name: '特装展位', feeCents: 50_000, count: 2 },
        ],
      }),
    );
    expect(shrink.status).toBe(409);
    expect(shrink.body.code).toBe('JOB_FAIR_BOOTHS_IN_USE');
    const grown = await staff.request(
      'PUT',
      `/api/university/job-fairs/${fair.id}`,
      fairBody({
        title: '2027届秋季综合双选会（扩容）',
        boothKinds: [
          { name: '标准展位', feeCents: 0, count: 5 },
          { name: '特装展位', feeCents: 50_000, count: 2 },
        ],
      }),
    );
    expect(grown.status).toBe(200);
    expect(grown.body.capacity).toBe(7);
    expect(grown.body.booths.map((x: { code: string }) => x.code)).toEqual([
      'A01',
      'A02',
      'A03',
      'A04',
      'A05',
      'B01',
      'B02',
    ]);
    expect((await todosOf(a.company.id, regs[0].id))[0]!.title).toBe('双选会：2027届秋季综合双选会（扩容）');

    // A pending one of a cancelled fair cannot be approved; approved companies lose the to-do and are told.
    const d = await employer(university.id);
    const rd = (
      await d.client.post(`/api/employer/job-fairs/${fair.id}/registrations`, registration(d.job.id, 'A'))
    ).body;
    const cancelled = await staff.post(`/api/university/job-fairs/${fair.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ state: 'cancelled', phase: 'cancelled' });
    expect(await todosOf(a.company.id, regs[0].id)).toHaveLength(0);
    expect((await a.client.get('/api/employer/notifications')).body.items[0]).toMatchObject({
      title: '双选会已取消',
    });
    const late = await staff.post(`/api/university/reviews/${rd.reviewRequestId}/decision`, {
      decision: 'approve',
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('JOB_FAIR_CANCELLED');
    const drawer = await staff.get(`/api/university/reviews/${rd.reviewRequestId}`);
    const fields = drawer.body.view.sections.flatMap((s: { fields: { label: string }[] }) => s.fields);
    expect(fields).toContainEqual({ label: '双选会状态', value: '双选会已取消，请驳回此申请' });
    expect(
      (
        await staff.post(`/api/university/reviews/${rd.reviewRequestId}/decision`, {
          decision: 'reject',
          reason: '双选会取消',
        })
      ).status,
    ).toBe(200);
    expect((await staff.post(`/api/university/job-fairs/${fair.id}/cancel`)).status).toBe(409);
    expect((await new TestClient(t.app).get(`/api/public/job-fairs/${fair.id}`)).status).toBe(404);
  });

  it('keeps each booth kind to its booths: 特装展位 full is 409 while 标准展位 still takes companies', async () => {
    const university = await createUniversity(t);
    const staff = await staffOf(university.id);
    const [x, y] = [await employer(university.id), await employer(university.id)];
    const fair = (
      await staff.post(
        '/api/university/job-fairs',
        fairBody({
          boothKinds: [
            { name: '标准展位', feeCents: 0, count: 2 },
            { name: '特装展位', feeCents: 50_000, count: 1 },
          ],
        }),
      )
    ).body;
    expect(
      (await x.client.post(`/api/employer/job-fairs/${fair.id}/registrations`, registration(x.job.id)))
        .status,
    ).toBe(200);
    const full = await y.client.post(
      `/api/employer/job-fairs/${fair.id}/registrations`,
      registration(y.job.id),
    );
    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({ code: 'JOB_FAIR_FULL', message: '特装展位已满，请选择其他展位类型' });
    expect(
      (await y.client.post(`/api/employer/job-fairs/${fair.id}/registrations`, registration(y.job.id, 'A')))
        .status,
    ).toBe(200);
    expect((await staff.get(`/api/university/job-fairs/${fair.id}`)).body.registeredCount).toBe(2);
  });

  it("books the university's room on its calendar; an overlapping fair in that room is VENUE_DOUBLE_BOOKED", async () => {
    const university = await createUniversity(t);
    const staff = await staffOf(university.id);
    const [room] = await t.app.ctx.db
      .insert(venues)
      .values({ universityId: university.id, name: '学生活动中心', capacity: 800 })
      .returning();
    const first = await staff.post(
      '/api/university/job-fairs',
      fairBody({ venueId: room!.id, location: '' }),
    );
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ venueId: room!.id, location: '学生活动中心' });
    const clash = await staff.post(
      '/api/university/job-fairs',
      fairBody({ venueId: room!.id, location: '' }),
    );
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('VENUE_DOUBLE_BOOKED');
    // Cancelling frees the room.
    expect((await staff.post(`/api/university/job-fairs/${first.body.id}/cancel`)).status).toBe(200);
    expect(
      (await staff.post('/api/university/job-fairs', fairBody({ venueId: room!.id, location: '' }))).status,
    ).toBe(200);
  });
});

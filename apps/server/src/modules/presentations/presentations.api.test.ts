import { liveTopic } from '@openrecruit/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestJob } from '../../../test/factories';
import { enterUniversity, shanghaiAt } from '../../../test/factories/campus';
import { companyWithAdmin, createUniversity } from '../../../test/factories/onboarding';
import { TestClient } from '../../../test/http-client';
import { listenTo } from '../../../test/live-events';
import { employerTodos, notifications, presentations, venueBookings, venues } from '../../db/schema';
import { createStaffAccount } from '../../db/seed/accounts';
import { shanghaiTime } from '../../lib/shanghai-time';
import { applyPresentation } from './apply-presentation';

// Issue 11 item 4: 宣讲会 — the company applies at an entered university, the university reviews it
// (the `presentation` review kind) and assigns a room and a time from its venue calendar.

describe('[EMPLOYER/UNIVERSITY] 宣讲会: apply, review with a room and a time, cancel', () => {
  let t: TestApp;
  let ip = 0;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  const nextIp = () => {
    ip += 1;
    return `198.18.${Math.floor(ip / 200)}.${(ip % 200) + 20}`;
  };

  async function staffOf(universityId: string) {
    const loginName = `presentation.staff.${nextIp()}`;
    const account = await createStaffAccount(t.app.ctx, {
      role: 'university_staff',
      universityId,
      loginName,
      displayName: '就业中心老师',
      password: 'Campus#2026ok',
    });
    const client = new TestClient(t.app, nextIp());
    expect((await client.login('university', loginName, 'Campus#2026ok')).status).toBe(200);
    return { client, account };
  }

  /** A company 已入驻 at the university, its admin logged in, with one recruiting job. */
  async function enteredEmployer(universityId: string | null) {
    const { company, admin, adminLogin, adminPassword } = await companyWithAdmin(t);
    if (universityId)
      await enterUniversity(t.app.ctx.db, {
        companyId: company.id,
        universityId,
        applicantAccountId: admin.id,
      });
    const client = new TestClient(t.app, nextIp());
    expect((await client.login('employer', adminLogin, adminPassword)).status).toBe(200);
    const job = await createTestJob(t.app.ctx.db, { companyId: company.id, title: '管培生' });
    return { company, admin, client, job };
  }

  async function venueOf(universityId: string, name: string, capacity: number) {
    const [row] = await t.app.ctx.db.insert(venues).values({ universityId, name, capacity }).returning();
    return row!;
  }

  const body = (universityId: string, jobId: string, overrides: Record<string, unknown> = {}) => ({
    universityId,
    title: '2026届校园招聘宣讲会',
    preferredSlots: [{ startsAt: shanghaiAt(10, '14:00'), endsAt: shanghaiAt(10, '16:00') }],
    expectedAudience: 150,
    majors: ['计算机科学与技术', '软件工程'],
    equipment: ['投影仪', '麦克风'],
    needs: '需要150人以上的报告厅',
    contactName: '张老师',
    contactMobile: '13912345678',
    jobIds: [jobId],
    description: '公司介绍与岗位解读',
    ...overrides,
  });

  const approve = (client: TestClient, requestId: string, details: Record<string, unknown>) =>
    client.post(`/api/university/reviews/${requestId}/decision`, { decision: 'approve', details });

  const requestIdOf = async (presentationId: string) => {
    const [row] = await t.app.ctx.db
      .select({ id: presentations.reviewRequestId })
      .from(presentations)
      .where(eq(presentations.id, presentationId));
    return row!.id!;
  };

  it('apply → 审核中 → approve with a room and a time → to-do, notice, calendar; then 取消', async () => {
    const university = await createUniversity(t);
    const { client: staff } = await staffOf(university.id);
    const { company, client, job } = await enteredEmployer(university.id);
    const hall = await venueOf(university.id, '图书馆报告厅', 300);

    const live = listenTo(t.app, liveTopic.company(company.id));
    const queueLive = listenTo(t.app, liveTopic.university(university.id));
    const applied = await client.post('/api/employer/presentations', body(university.id, job.id));
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({
      state: 'pending',
      university: { id: university.id, name: university.name },
      jobs: [{ id: job.id, title: '管培生' }],
      venue: null,
      canCancel: false,
    });
    expect(Date.parse(applied.body.dueAt)).toBeGreaterThan(Date.now());
    await live.waitFor('presentations.changed');
    await queueLive.waitFor('reviews.changed');

    const queue = await staff.get('/api/university/reviews?kind=presentation&state=pending');
    expect(queue.status).toBe(200);
    expect(queue.body.items).toHaveLength(1);
    const item = queue.body.items[0];
    expect(item).toMatchObject({ kind: 'presentation', kindLabel: '宣讲会申请', subjectId: applied.body.id });
    const fields = item.view.sections[0].fields;
    expect(fields).toContainEqual({ label: '宣讲主题', value: '2026届校园招聘宣讲会' });
    expect(fields).toContainEqual({ label: '宣讲职位', value: '管培生' });
    expect(fields.find((f: { label: string }) => f.label === '期望时间')?.value).toMatch(/14:00-16:00$/);
    // The university's own view of the presentation (for the approval form).
    const seen = await staff.get(`/api/university/presentations/${applied.body.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.expectedAudience).toBe(150);

    // A bad room id is the reviewer's field error; nothing changes.
    const noRoom = await approve(staff, item.id, {
      venueId: '00000000-0000-4000-8000-000000000000',
      startsAt: shanghaiAt(11, '09:00'),
      endsAt: shanghaiAt(11, '11:00'),
    });
    expect(noRoom.status).toBe(400);
    expect(noRoom.body.details.fields[0].field).toBe('details.venueId');
    const missing = await approve(staff, item.id, {});
    expect(missing.status).toBe(400);

    live.received.length = 0;
    // The university arranges another day than the preferred one (proposes another time).
    const approved = await approve(staff, item.id, {
      venueId: hall.id,
      startsAt: shanghaiAt(11, '09:00'),
      endsAt: shanghaiAt(11, '11:00'),
    });
    expect(approved.status).toBe(200);
    expect(approved.body.state).toBe('approved');
    await live.waitFor('presentations.changed');

    const detail = await client.get(`/api/employer/presentations/${applied.body.id}`);
    expect(detail.body).toMatchObject({
      state: 'approved',
      venue: { id: hall.id, name: '图书馆报告厅' },
      startsAt: new Date(shanghaiAt(11, '09:00')).toISOString(),
      capacity: 300,
      timeDiffersFromPreferred: true,
      canCancel: true,
      dueAt: null,
    });
    const [todo] = await t.app.ctx.db
      .select()
      .from(employerTodos)
      .where(and(eq(employerTodos.companyId, company.id), eq(employerTodos.sourceId, applied.body.id)));
    expect(todo).toMatchObject({
      kind: 'presentation',
      sourceKind: 'presentation',
      title: `${university.name}宣讲会：2026届校园招聘宣讲会`,
      location: `${university.name} 图书馆报告厅`,
    });
    expect(todo!.startsAt.toISOString()).toBe(new Date(shanghaiAt(11, '09:00')).toISOString());

    const notices = await client.get('/api/employer/notifications');
    expect(notices.body.items[0].title).toBe('宣讲会申请已通过');
    expect(notices.body.items[0].body).toContain('场地：图书馆报告厅');
    expect(notices.body.items[0].body).toContain('09:00-11:00');
    expect(notices.body.items[0].body).toContain('学校安排的时间与贵单位期望的时间不同');

    const calendar = await staff.get(
      `/api/university/venue-bookings?from=${encodeURIComponent(shanghaiAt(11, '00:00'))}&to=${encodeURIComponent(shanghaiAt(12, '00:00'))}`,
    );
    expect(calendar.status).toBe(200);
    expect(calendar.body.items).toEqual([
      expect.objectContaining({
        sourceKind: 'presentation',
        sourceId: applied.body.id,
        title: '2026届校园招聘宣讲会',
        companyName: company.name,
        venue: expect.objectContaining({ id: hall.id }),
        canMove: true,
        canDelete: false,
      }),
    ]);

    // 取消: the room is free again and the to-do goes.
    const cancelled = await client.post(`/api/employer/presentations/${applied.body.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ state: 'cancelled', venue: null, canCancel: false });
    expect(
      await t.app.ctx.db.select().from(venueBookings).where(eq(venueBookings.sourceId, applied.body.id)),
    ).toHaveLength(0);
    expect(
      await t.app.ctx.db.select().from(employerTodos).where(eq(employerTodos.sourceId, applied.body.id)),
    ).toHaveLength(0);
    const again = await client.post(`/api/employer/presentations/${applied.body.id}/cancel`);
    expect(again.status).toBe(409);
  });

  it('rejects with the reason (未通过); a pending one cannot be cancelled; re-applying is a new one', async () => {
    const university = await createUniversity(t);
    const { client: staff } = await staffOf(university.id);
    const { client, job } = await enteredEmployer(university.id);
    const applied = await client.post('/api/employer/presentations', body(university.id, job.id));
    const pendingCancel = await client.post(`/api/employer/presentations/${applied.body.id}/cancel`);
    expect(pendingCancel.status).toBe(409);
    expect(pendingCancel.body.message).toContain('审核中的宣讲会不能取消');

    const requestId = await requestIdOf(applied.body.id);
    const rejected = await staff.post(`/api/university/reviews/${requestId}/decision`, {
      decision: 'reject',
      reason: '该时段场地已满',
    });
    expect(rejected.status).toBe(200);
    const detail = await client.get(`/api/employer/presentations/${applied.body.id}`);
    expect(detail.body).toMatchObject({ state: 'rejected', rejectReason: '该时段场地已满', venue: null });
    const notices = await client.get('/api/employer/notifications');
    expect(notices.body.items[0]).toMatchObject({
      title: '宣讲会申请未通过',
      body: `${university.name}未通过贵单位的宣讲会申请“2026届校园招聘宣讲会”。原因：该时段场地已满。可在“校园招聘 > 宣讲会”中重新申请。`,
    });
    const reapplied = await client.post('/api/employer/presentations', body(university.id, job.id));
    expect(reapplied.status).toBe(200);
    const list = await client.get('/api/employer/presentations?state=pending');
    expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([reapplied.body.id]);
    const all = await client.get(`/api/employer/presentations?universityId=${university.id}`);
    expect(all.body.total).toBe(2);
  });

  it('refuses a university not entered (409), bad input (400), and another company (404)', async () => {
    const university = await createUniversity(t);
    const { client, job } = await enteredEmployer(null);
    const refused = await client.post('/api/employer/presentations', body(university.id, job.id));
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'UNIVERSITY_NOT_ENTERED',
      message: `贵单位尚未入驻${university.name}，请先在“校园招聘 > 入驻高校”中申请入驻`,
    });

    const mine = await enteredEmployer(university.id);
    const past = await mine.client.post(
      '/api/employer/presentations',
      body(university.id, mine.job.id, {
        preferredSlots: [{ startsAt: shanghaiAt(-1, '14:00'), endsAt: shanghaiAt(-1, '16:00') }],
      }),
    );
    expect(past.status).toBe(400);
    const overnight = await mine.client.post(
      '/api/employer/presentations',
      body(university.id, mine.job.id, {
        preferredSlots: [{ startsAt: shanghaiAt(5, '20:00'), endsAt: shanghaiAt(6, '10:00') }],
      }),
    );
    expect(overnight.status).toBe(400);
    const tooMany = await mine.client.post(
      '/api/employer/presentations',
      body(university.id, mine.job.id, { expectedAudience: 5001 }),
    );
    expect(tooMany.status).toBe(400);
    // Another company's job is not the company's recruiting job.
    const foreignJob = await mine.client.post('/api/employer/presentations', body(university.id, job.id));
    expect(foreignJob.status).toBe(400);
    expect(foreignJob.body.details.fields[0].field).toBe('jobIds');

    const applied = await mine.client.post('/api/employer/presentations', body(university.id, mine.job.id));
    expect(applied.status).toBe(200);
    expect((await client.get(`/api/employer/presentations/${applied.body.id}`)).status).toBe(404);
    expect((await client.post(`/api/employer/presentations/${applied.body.id}/cancel`)).status).toBe(404);
    expect((await client.get('/api/employer/presentations')).body.total).toBe(0);
  });

  it("another university's staff get 404 on the review, the presentation and its rooms", async () => {
    const [mine, theirs] = [await createUniversity(t), await createUniversity(t)];
    const { client: theirStaff } = await staffOf(theirs.id);
    const theirRoom = await venueOf(theirs.id, '外校报告厅', 200);
    const { client: myStaff } = await staffOf(mine.id);
    const { client, job } = await enteredEmployer(mine.id);
    const applied = await client.post('/api/employer/presentations', body(mine.id, job.id));
    const requestId = await requestIdOf(applied.body.id);
    expect((await theirStaff.get(`/api/university/reviews/${requestId}`)).status).toBe(404);
    expect((await approve(theirStaff, requestId, {})).status).toBe(404);
    expect((await theirStaff.get(`/api/university/presentations/${applied.body.id}`)).status).toBe(404);
    // My staff cannot book another university's room for it.
    const foreignRoom = await approve(myStaff, requestId, {
      venueId: theirRoom.id,
      startsAt: shanghaiAt(10, '14:00'),
      endsAt: shanghaiAt(10, '16:00'),
    });
    expect(foreignRoom.status).toBe(400);
    expect((await myStaff.get(`/api/university/reviews/${requestId}`)).body.state).toBe('pending');
  });

  it('20 concurrent approvals of 20 presentations for one room and slot: exactly 1 approved', async () => {
    const university = await createUniversity(t);
    const { client: staff } = await staffOf(university.id);
    const { company, admin, job } = await enteredEmployer(university.id);
    const room = await venueOf(university.id, '第一教学楼101', 120);
    const member = { accountId: admin.id, companyId: company.id, isAdmin: true };
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const p = await applyPresentation(t.app.ctx, {
        member,
        input: {
          ...body(university.id, job.id, { title: `宣讲会${i + 1}` }),
          majors: [],
          equipment: [],
          preferredSlots: [{ startsAt: shanghaiAt(10, '14:00'), endsAt: shanghaiAt(10, '16:00') }],
        },
      });
      ids.push(p.id);
    }
    const requestIds = await Promise.all(ids.map(requestIdOf));
    const answers = await Promise.all(
      requestIds.map((id, i) =>
        approve(staff, id, {
          venueId: room.id,
          // Overlapping, not identical: 14:00-16:00, 14:05-16:05, ...
          startsAt: new Date(Date.parse(shanghaiAt(10, '14:00')) + i * 5 * 60_000).toISOString(),
          endsAt: new Date(Date.parse(shanghaiAt(10, '16:00')) + i * 5 * 60_000).toISOString(),
        }),
      ),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    const refused = answers.filter((a) => a.status === 409);
    expect(refused).toHaveLength(19);
    for (const answer of refused) expect(answer.body.code).toBe('VENUE_DOUBLE_BOOKED');
    const states = await t.app.ctx.db
      .select({ state: presentations.state })
      .from(presentations)
      .where(eq(presentations.companyId, company.id));
    expect(states.filter((s) => s.state === 'approved')).toHaveLength(1);
    expect(states.filter((s) => s.state === 'pending')).toHaveLength(19);
    const pending = await staff.get('/api/university/reviews?kind=presentation&state=pending');
    expect(pending.body.total).toBe(19);
    expect(
      await t.app.ctx.db.select().from(venueBookings).where(eq(venueBookings.venueId, room.id)),
    ).toHaveLength(1);
    // The notices went to the one approved only.
    const approvedNotices = await t.app.ctx.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.accountId, admin.id), eq(notifications.title, '宣讲会申请已通过')));
    expect(approvedNotices).toHaveLength(1);
  });

  it('a 取消 racing a 调整 of its booking: both answer, neither deadlocks, and the room is consistent', async () => {
    const university = await createUniversity(t);
    const { client: staff } = await staffOf(university.id);
    const { client, job } = await enteredEmployer(university.id);
    const hall = await venueOf(university.id, '报告厅', 200);
    for (let round = 0; round < 5; round++) {
      const applied = await client.post('/api/employer/presentations', body(university.id, job.id));
      const slot = { startsAt: shanghaiAt(20 + round, '14:00'), endsAt: shanghaiAt(20 + round, '16:00') };
      expect(
        (await approve(staff, await requestIdOf(applied.body.id), { venueId: hall.id, ...slot })).status,
      ).toBe(200);
      const [booking] = await t.app.ctx.db
        .select()
        .from(venueBookings)
        .where(eq(venueBookings.sourceId, applied.body.id));
      const [cancelled, moved] = await Promise.all([
        client.post(`/api/employer/presentations/${applied.body.id}/cancel`),
        staff.post(`/api/university/venue-bookings/${booking!.id}/move`, {
          venueId: hall.id,
          startsAt: shanghaiAt(20 + round, '18:00'),
          endsAt: shanghaiAt(20 + round, '20:00'),
        }),
      ]);
      expect(cancelled.status).toBe(200);
      expect([200, 404]).toContain(moved.status);
      expect(
        await t.app.ctx.db.select().from(venueBookings).where(eq(venueBookings.sourceId, applied.body.id)),
      ).toHaveLength(0);
    }
  });

  it('counts the due date in working days across the National Day week (submitted 2025-09-30)', async () => {
    const university = await createUniversity(t);
    const { company, admin, job } = await enteredEmployer(university.id);
    const applied = await applyPresentation(t.app.ctx, {
      member: { accountId: admin.id, companyId: company.id, isAdmin: true },
      input: { ...body(university.id, job.id), majors: [], equipment: [] },
      now: shanghaiTime('2025-09-30', 10),
    });
    // chinese-days: 10-01..10-08 off; 10-09, 10-10 and the make-up Saturday 10-11 are the three
    // working days, so the review is due at the end of 2025-10-11 (Shanghai).
    expect(applied.dueAt).toBe('2025-10-11T15:59:59.999Z');
  });
});

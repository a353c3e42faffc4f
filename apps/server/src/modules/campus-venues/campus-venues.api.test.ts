import { liveTopic } from '@openrecruit/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestJob } from '../../../test/factories';
import { enterUniversity, shanghaiAt } from '../../../test/factories/campus';
import { companyWithAdmin, createUniversity } from '../../../test/factories/onboarding';
import { TestClient } from '../../../test/http-client';
import { listenTo } from '../../../test/live-events';
import { employerTodos, presentations, universities } from '../../db/schema';
import { createStaffAccount } from '../../db/seed/accounts';
import { applyPresentation } from '../presentations/apply-presentation';

// Issue 11 items 4 and 9: 场地管理 and 场地日历. The database refuses a double booking of a room.

describe('[UNIVERSITY] 场地管理 and 场地日历', () => {
  let t: TestApp;
  let ip = 0;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  const nextIp = () => {
    ip += 1;
    return `198.19.${Math.floor(ip / 200)}.${(ip % 200) + 20}`;
  };

  async function university(campuses: string[] = ['主校区', '东校区']) {
    const row = await createUniversity(t);
    await t.app.ctx.db
      .update(universities)
      .set({ campuses: campuses.map((name) => ({ name, address: `${name}地址` })) })
      .where(eq(universities.id, row.id));
    return row;
  }

  async function staffOf(universityId: string) {
    const loginName = `venue.staff.${nextIp()}`;
    await createStaffAccount(t.app.ctx, {
      role: 'university_staff',
      universityId,
      loginName,
      displayName: '就业中心老师',
      password: 'Campus#2026ok',
    });
    const client = new TestClient(t.app, nextIp());
    expect((await client.login('university', loginName, 'Campus#2026ok')).status).toBe(200);
    return client;
  }

  const room = async (staff: TestClient, name: string, capacity: number, campus = '主校区') => {
    const created = await staff.post('/api/university/venues', {
      name,
      campus,
      capacity,
      equipment: ['投影仪'],
    });
    expect(created.status).toBe(200);
    return created.body as { id: string };
  };

  const range = (fromDays: number, toDays: number) =>
    `from=${encodeURIComponent(shanghaiAt(fromDays, '00:00'))}&to=${encodeURIComponent(shanghaiAt(toDays, '00:00'))}`;

  it('manages rooms: campus of 高校信息, unique names, edit, retire (no new bookings)', async () => {
    const u = await university();
    const staff = await staffOf(u.id);
    const created = await staff.post('/api/university/venues', {
      name: '图书馆报告厅',
      campus: '主校区',
      capacity: 300,
      equipment: ['投影仪', '麦克风', '投影仪'],
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      name: '图书馆报告厅',
      capacity: 300,
      equipment: ['投影仪', '麦克风'],
      retired: false,
    });
    const badCampus = await staff.post('/api/university/venues', {
      name: 'A',
      campus: '西校区',
      capacity: 10,
    });
    expect(badCampus.status).toBe(400);
    expect(badCampus.body.details.fields[0].field).toBe('campus');
    const twice = await staff.post('/api/university/venues', {
      name: '图书馆报告厅',
      campus: '主校区',
      capacity: 10,
    });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('VENUE_NAME_TAKEN');
    expect(
      (await staff.post('/api/university/venues', { name: 'B', campus: '主校区', capacity: 0 })).status,
    ).toBe(400);

    const edited = await staff.request('PUT', `/api/university/venues/${created.body.id}`, {
      name: '图书馆一楼报告厅',
      campus: '东校区',
      capacity: 280,
      equipment: [],
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: '图书馆一楼报告厅', campus: '东校区', capacity: 280 });

    const retired = await staff.post(`/api/university/venues/${created.body.id}/retire`);
    expect(retired.body.retired).toBe(true);
    const refused = await staff.post('/api/university/venue-bookings', {
      venueId: created.body.id,
      startsAt: shanghaiAt(3, '09:00'),
      endsAt: shanghaiAt(3, '10:00'),
      title: '场地维护',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('VENUE_RETIRED');
    const list = await staff.get('/api/university/venues');
    expect(list.body.items).toHaveLength(1);
  });

  it('20 concurrent manual bookings of one room and slot: exactly 1; delete frees it', async () => {
    const u = await university();
    const staff = await staffOf(u.id);
    const hall = await room(staff, '学生活动中心多功能厅', 200);
    const live = listenTo(t.app, liveTopic.university(u.id));
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        staff.post('/api/university/venue-bookings', {
          venueId: hall.id,
          startsAt: new Date(Date.parse(shanghaiAt(4, '09:00')) + i * 60_000).toISOString(),
          endsAt: new Date(Date.parse(shanghaiAt(4, '11:00')) + i * 60_000).toISOString(),
          title: `场地维护${i}`,
        }),
      ),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    const refused = answers.filter((a) => a.status === 409);
    expect(
      answers.filter((a) => a.status !== 200 && a.status !== 409).map((a) => [a.status, a.body]),
    ).toEqual([]);
    expect(refused).toHaveLength(19);
    for (const answer of refused)
      expect(answer.body).toMatchObject({
        code: 'VENUE_DOUBLE_BOOKED',
        message: '该场地在所选时间已有安排，请选择其他场地或时间',
      });
    expect((await live.waitFor('venue-bookings.changed')).data).toEqual({ venueId: hall.id });

    const calendar = await staff.get(`/api/university/venue-bookings?${range(4, 5)}`);
    expect(calendar.body.items).toHaveLength(1);
    const booking = calendar.body.items[0];
    expect(booking).toMatchObject({ sourceKind: 'other', canDelete: true, canMove: true, companyName: null });
    // Back to back is fine (the ranges are half-open).
    const after = await staff.post('/api/university/venue-bookings', {
      venueId: hall.id,
      startsAt: booking.endsAt,
      endsAt: new Date(Date.parse(booking.endsAt) + 3_600_000).toISOString(),
      title: '校内活动',
    });
    expect(after.status).toBe(200);

    expect((await staff.request('DELETE', `/api/university/venue-bookings/${booking.id}`)).status).toBe(200);
    expect((await staff.get(`/api/university/venue-bookings?${range(4, 5)}`)).body.items).toHaveLength(1);
    const tooLong = await staff.get(`/api/university/venue-bookings?${range(0, 70)}`);
    expect(tooLong.status).toBe(400);
    const past = await staff.post('/api/university/venue-bookings', {
      venueId: hall.id,
      startsAt: shanghaiAt(-2, '09:00'),
      endsAt: shanghaiAt(-2, '10:00'),
      title: '补录',
    });
    expect(past.status).toBe(400);
  });

  it("moves a presentation's booking: onto a taken slot 409 and unchanged; to a free one updates all", async () => {
    const u = await university();
    const staff = await staffOf(u.id);
    const big = await room(staff, '图书馆报告厅', 300);
    const small = await room(staff, '第一教学楼101', 2, '东校区');
    const other = await room(staff, '第二教学楼201', 120);
    const { company, admin, adminLogin, adminPassword } = await companyWithAdmin(t);
    await enterUniversity(t.app.ctx.db, {
      companyId: company.id,
      universityId: u.id,
      applicantAccountId: admin.id,
    });
    const employer = new TestClient(t.app, nextIp());
    expect((await employer.login('employer', adminLogin, adminPassword)).status).toBe(200);
    const job = await createTestJob(t.app.ctx.db, { companyId: company.id });
    const applied = await applyPresentation(t.app.ctx, {
      member: { accountId: admin.id, companyId: company.id, isAdmin: true },
      input: {
        universityId: u.id,
        title: '秋季宣讲会',
        preferredSlots: [{ startsAt: shanghaiAt(8, '14:00'), endsAt: shanghaiAt(8, '16:00') }],
        expectedAudience: 100,
        majors: [],
        equipment: [],
        needs: '',
        contactName: '张老师',
        contactMobile: '13912345678',
        jobIds: [job.id],
        description: '',
      },
    });
    const [p] = await t.app.ctx.db.select().from(presentations).where(eq(presentations.id, applied.id));
    const decided = await staff.post(`/api/university/reviews/${p!.reviewRequestId}/decision`, {
      decision: 'approve',
      details: { venueId: big.id, startsAt: shanghaiAt(8, '14:00'), endsAt: shanghaiAt(8, '16:00') },
    });
    expect(decided.status).toBe(200);
    const blocker = await staff.post('/api/university/venue-bookings', {
      venueId: other.id,
      startsAt: shanghaiAt(9, '09:00'),
      endsAt: shanghaiAt(9, '12:00'),
      title: '场地维护',
    });
    const calendar = await staff.get(`/api/university/venue-bookings?${range(8, 9)}`);
    const booking = calendar.body.items.find((b: { sourceKind: string }) => b.sourceKind === 'presentation');
    expect(booking).toMatchObject({ companyName: company.name, title: '秋季宣讲会', signupCount: 0 });

    // The presentation's booking cannot be deleted here (the company cancels it).
    expect((await staff.request('DELETE', `/api/university/venue-bookings/${booking.id}`)).status).toBe(409);
    const taken = await staff.post(`/api/university/venue-bookings/${booking.id}/move`, {
      venueId: other.id,
      startsAt: shanghaiAt(9, '10:00'),
      endsAt: shanghaiAt(9, '12:00'),
    });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('VENUE_DOUBLE_BOOKED');
    const unchanged = (await employer.get(`/api/employer/presentations/${applied.id}`)).body;
    expect(unchanged).toMatchObject({
      venue: { id: big.id },
      startsAt: new Date(shanghaiAt(8, '14:00')).toISOString(),
    });

    // Two students signed up: a room for 2 holds them, but not with more (VENUE_TOO_SMALL).
    await t.app.ctx.db.update(presentations).set({ signupCount: 3 }).where(eq(presentations.id, applied.id));
    const tooSmall = await staff.post(`/api/university/venue-bookings/${booking.id}/move`, {
      venueId: small.id,
      startsAt: shanghaiAt(9, '14:00'),
      endsAt: shanghaiAt(9, '16:00'),
    });
    expect(tooSmall.status).toBe(409);
    expect(tooSmall.body.code).toBe('VENUE_TOO_SMALL');
    await t.app.ctx.db.update(presentations).set({ signupCount: 0 }).where(eq(presentations.id, applied.id));

    const companyLive = listenTo(t.app, liveTopic.company(company.id));
    const moved = await staff.post(`/api/university/venue-bookings/${booking.id}/move`, {
      venueId: other.id,
      startsAt: shanghaiAt(9, '14:00'),
      endsAt: shanghaiAt(9, '16:00'),
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      venue: { id: other.id },
      startsAt: new Date(shanghaiAt(9, '14:00')).toISOString(),
    });
    await companyLive.waitFor('presentations.changed');
    const after = (await employer.get(`/api/employer/presentations/${applied.id}`)).body;
    expect(after).toMatchObject({
      venue: { id: other.id, name: '第二教学楼201' },
      startsAt: new Date(shanghaiAt(9, '14:00')).toISOString(),
      capacity: 120,
    });
    const todos = await t.app.ctx.db
      .select()
      .from(employerTodos)
      .where(eq(employerTodos.sourceId, applied.id));
    expect(todos).toHaveLength(1);
    expect(todos[0]!.startsAt.toISOString()).toBe(new Date(shanghaiAt(9, '14:00')).toISOString());
    expect(todos[0]!.location).toContain('第二教学楼201');
    const notices = await employer.get('/api/employer/notifications');
    expect(notices.body.items[0].title).toBe('宣讲会时间/场地已调整');
    expect(notices.body.items[0].body).toContain('第二教学楼201');
    expect(blocker.status).toBe(200);
  });

  it("another university's staff get 404 on rooms and bookings, and see none of them", async () => {
    const [mine, theirs] = [await university(), await university()];
    const myStaff = await staffOf(mine.id);
    const theirStaff = await staffOf(theirs.id);
    const hall = await room(myStaff, '报告厅', 100);
    const booked = await myStaff.post('/api/university/venue-bookings', {
      venueId: hall.id,
      startsAt: shanghaiAt(5, '09:00'),
      endsAt: shanghaiAt(5, '10:00'),
      title: '场地维护',
    });
    expect((await theirStaff.get('/api/university/venues')).body.items).toHaveLength(0);
    expect((await theirStaff.get(`/api/university/venue-bookings?${range(5, 6)}`)).body.items).toHaveLength(
      0,
    );
    expect(
      (
        await theirStaff.request('PUT', `/api/university/venues/${hall.id}`, {
          name: 'x',
          campus: '主校区',
          capacity: 1,
        })
      ).status,
    ).toBe(404);
    expect((await theirStaff.post(`/api/university/venues/${hall.id}/retire`)).status).toBe(404);
    expect(
      (await theirStaff.request('DELETE', `/api/university/venue-bookings/${booked.body.id}`)).status,
    ).toBe(404);
    const theirRoom = await room(theirStaff, '外校报告厅', 100);
    expect(
      (
        await theirStaff.post(`/api/university/venue-bookings/${booked.body.id}/move`, {
          venueId: theirRoom.id,
          startsAt: shanghaiAt(6, '09:00'),
          endsAt: shanghaiAt(6, '10:00'),
        })
      ).status,
    ).toBe(404);
    // Another university's room is not a room to choose (the form's field error).
    expect(
      (
        await myStaff.post('/api/university/venue-bookings', {
          venueId: theirRoom.id,
          startsAt: shanghaiAt(6, '09:00'),
          endsAt: shanghaiAt(6, '10:00'),
          title: '场地维护',
        })
      ).status,
    ).toBe(400);
  });
});

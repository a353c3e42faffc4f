import { liveTopic } from '@openrecruit/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { companyWithAdmin, createUniversity } from '../../../test/factories/onboarding';
import { TestClient } from '../../../test/http-client';
import { listenTo } from '../../../test/live-events';
import { notifications } from '../../db/schema';
import { createStaffAccount } from '../../db/seed/accounts';
import { AppError } from '../../lib/app-error';
import { shanghaiTime } from '../../lib/shanghai-time';
import { notifyOverdueReviews } from '../reviews/notify-overdue-reviews';
import { requestUniversityEntry } from './request-university-entry';
import { requireEnteredUniversity } from './require-entered-university';

// Campus issue §3: 入驻高校 is the `university_entry` review kind, decided by the university.

describe('[EMPLOYER/UNIVERSITY] 入驻高校: the company asks, the university decides', () => {
  let t: TestApp;
  let staffNumber = 0;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  async function staffOf(universityId: string) {
    staffNumber += 1;
    const loginName = `entry.staff.${staffNumber}`;
    const account = await createStaffAccount(t.app.ctx, {
      role: 'university_staff',
      universityId,
      loginName,
      displayName: `就业中心老师${staffNumber}`,
      password: 'Campus#2026ok',
    });
    const client = new TestClient(t.app, `192.0.2.${140 + staffNumber}`);
    expect((await client.login('university', loginName, 'Campus#2026ok')).status).toBe(200);
    return { client, account };
  }

  async function employer() {
    const { company, admin, adminLogin, adminPassword } = await companyWithAdmin(t);
    const client = new TestClient(t.app, `198.51.100.${60 + staffNumber++}`);
    expect((await client.login('employer', adminLogin, adminPassword)).status).toBe(200);
    return { company, admin, client };
  }

  const entryAt = async (client: TestClient, universityId: string) => {
    const list = await client.get('/api/employer/university-entries?pageSize=100');
    expect(list.status).toBe(200);
    return list.body.items.find(
      (item: { university: { id: string } }) => item.university.id === universityId,
    );
  };

  it('入驻 → 审核中 with a due date → the university approves → 已入驻, notified and live', async () => {
    const university = await createUniversity(t);
    const { client: staff } = await staffOf(university.id);
    const { company, client } = await employer();
    expect(await entryAt(client, university.id)).toMatchObject({ state: 'none', requestId: null });
    await expect(
      requireEnteredUniversity(t.app.ctx, { companyId: company.id, universityId: university.id }),
    ).rejects.toSatisfy(
      (error) =>
        error instanceof AppError &&
        error.code === 'UNIVERSITY_NOT_ENTERED' &&
        error.message === `贵单位尚未入驻${university.name}，请先在“校园招聘 > 入驻高校”中申请入驻`,
    );

    const live = listenTo(t.app, liveTopic.company(company.id));
    const queueLive = listenTo(t.app, liveTopic.university(university.id));
    const asked = await client.post(`/api/employer/university-entries/${university.id}`);
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({ state: 'pending', reason: null });
    expect(Date.parse(asked.body.dueAt)).toBeGreaterThan(Date.now());
    await live.waitFor('university-entries.changed');
    // The university's open 入驻审核 queues refetch.
    expect((await queueLive.waitFor('reviews.changed')).data).toEqual({ reviewId: asked.body.requestId });

    const queue = await staff.get('/api/university/reviews?kind=university_entry&state=pending');
    expect(queue.status).toBe(200);
    expect(queue.body.items).toHaveLength(1);
    expect(queue.body.items[0]).toMatchObject({
      id: asked.body.requestId,
      kind: 'university_entry',
      kindLabel: '入驻高校申请',
      dueAt: asked.body.dueAt,
      overdue: false,
      company: { id: company.id, name: company.name },
    });

    live.received.length = 0;
    const approved = await staff.post(`/api/university/reviews/${asked.body.requestId}/decision`, {
      decision: 'approve',
    });
    expect(approved.status).toBe(200);
    expect(approved.body.state).toBe('approved');
    await live.waitFor('university-entries.changed');
    expect(await entryAt(client, university.id)).toMatchObject({ state: 'entered' });
    await expect(
      requireEnteredUniversity(t.app.ctx, { companyId: company.id, universityId: university.id }),
    ).resolves.toEqual({ id: university.id, name: university.name });

    const notices = await client.get('/api/employer/notifications');
    expect(notices.body.items[0]).toMatchObject({
      title: '入驻高校申请已通过',
      body: `贵单位已入驻${university.name}，可在该校开展校园招聘。`,
    });

    const again = await client.post(`/api/employer/university-entries/${university.id}`);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'UNIVERSITY_ALREADY_ENTERED', message: '贵单位已入驻该高校' });
    const twice = await staff.post(`/api/university/reviews/${asked.body.requestId}/decision`, {
      decision: 'reject',
      reason: '重复审核',
    });
    expect(twice.status).toBe(409);
  });

  it('rejects with the reason shown as 未通过, and 重新申请 makes a new pending request', async () => {
    const university = await createUniversity(t);
    const { client: staff } = await staffOf(university.id);
    const { client } = await employer();
    const asked = await client.post(`/api/employer/university-entries/${university.id}`);
    const noReason = await staff.post(`/api/university/reviews/${asked.body.requestId}/decision`, {
      decision: 'reject',
    });
    expect(noReason.status).toBe(400);
    const rejected = await staff.post(`/api/university/reviews/${asked.body.requestId}/decision`, {
      decision: 'reject',
      reason: '单位资料不完整',
    });
    expect(rejected.status).toBe(200);
    expect(await entryAt(client, university.id)).toMatchObject({
      state: 'rejected',
      reason: '单位资料不完整',
    });
    const notices = await client.get('/api/employer/notifications');
    expect(notices.body.items[0]).toMatchObject({
      title: '入驻高校申请未通过',
      body: `${university.name}未通过贵单位的入驻申请。原因：单位资料不完整。可在“入驻高校”中重新申请。`,
    });

    const again = await client.post(`/api/employer/university-entries/${university.id}`);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ state: 'pending', reason: null });
    expect(again.body.requestId).not.toBe(asked.body.requestId);
    const queue = await staff.get('/api/university/reviews?kind=university_entry');
    expect(queue.body.items.map((item: { state: string }) => item.state)).toEqual(['pending', 'rejected']);
  });

  it('keeps one pending request per company and university under 20 concurrent 入驻', async () => {
    const university = await createUniversity(t);
    const { client: staff } = await staffOf(university.id);
    const { client } = await employer();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => client.post(`/api/employer/university-entries/${university.id}`)),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    const refused = answers.filter((a) => a.status === 409);
    expect(refused).toHaveLength(19);
    for (const answer of refused)
      expect(answer.body).toMatchObject({
        code: 'UNIVERSITY_ENTRY_PENDING',
        message: '已向该高校提交入驻申请，请等待高校审核',
      });
    const queue = await staff.get('/api/university/reviews?kind=university_entry');
    expect(queue.body.total).toBe(1);
  });

  it("shows a university's staff only its own requests: another university's staff get 404", async () => {
    const [mine, theirs] = [await createUniversity(t), await createUniversity(t)];
    const { client: myStaff } = await staffOf(mine.id);
    const { client: theirStaff } = await staffOf(theirs.id);
    const { client } = await employer();
    const asked = await client.post(`/api/employer/university-entries/${mine.id}`);
    const id = asked.body.requestId;

    expect((await theirStaff.get('/api/university/reviews')).body.total).toBe(0);
    expect((await theirStaff.get(`/api/university/reviews/${id}`)).status).toBe(404);
    const decided = await theirStaff.post(`/api/university/reviews/${id}/decision`, { decision: 'approve' });
    expect(decided.status).toBe(404);
    expect((await myStaff.get(`/api/university/reviews/${id}`)).body.state).toBe('pending');
    // The platform's queue does not hold it either.
    const unknown = await client.post(
      '/api/employer/university-entries/00000000-0000-4000-8000-000000000000',
    );
    expect(unknown.status).toBe(404);
  });

  it('counts the due date in working days across the National Day week (submitted 2025-09-30)', async () => {
    const university = await createUniversity(t);
    const { company, admin } = await companyWithAdmin(t);
    const entry = await requestUniversityEntry(t.app.ctx, {
      member: { accountId: admin.id, companyId: company.id, isAdmin: true },
      universityId: university.id,
      now: shanghaiTime('2025-09-30', 10),
    });
    // 10-01..10-08 off; 10-09, 10-10 and the make-up Saturday 10-11 are the three working days.
    expect(entry.dueAt).toBe('2025-10-11T15:59:59.999Z');
  });

  it('notifies an overdue request once to the university’s staff, and marks it 逾期 in the queue', async () => {
    const university = await createUniversity(t);
    const { client: staff, account } = await staffOf(university.id);
    const { company, admin } = await companyWithAdmin(t);
    await requestUniversityEntry(t.app.ctx, {
      member: { accountId: admin.id, companyId: company.id, isAdmin: false },
      universityId: university.id,
      now: shanghaiTime('2025-09-30', 10),
    });
    const noticesOf = async () =>
      (await t.database.db.select().from(notifications).where(eq(notifications.accountId, account.id))).map(
        (row) => `${row.title} ${row.link}`,
      );
    // Due at the end of 2025-10-11 (Shanghai): at 23:00 it is not overdue yet.
    await notifyOverdueReviews(t.app.ctx, { now: shanghaiTime('2025-10-11', 23) });
    expect(await noticesOf()).toEqual([]);

    await notifyOverdueReviews(t.app.ctx, { now: shanghaiTime('2025-10-12', 0, 1) });
    await notifyOverdueReviews(t.app.ctx, { now: new Date() });
    expect(await noticesOf()).toEqual(['入驻高校申请已逾期 /university/entries']);
    const item = (await staff.get('/api/university/reviews')).body.items[0];
    expect(item).toMatchObject({ state: 'pending', dueAt: '2025-10-11T15:59:59.999Z', overdue: true });
  });
});

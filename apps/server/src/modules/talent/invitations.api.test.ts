import { liveTopic } from '@openrecruit/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import {
  createSignedInEmployer,
  createTestCompany,
  createTestJob,
  grantTestRights,
} from '../../../test/factories';
import { createTalent } from '../../../test/factories/talent';
import type { TestClient } from '../../../test/http-client';
import { listenTo } from '../../../test/live-events';
import { applications, notifications, talentInvitations } from '../../db/schema';

describe('[EMPLOYER][SEEKER] 高校人才邀约 and 我的邀约 (seed 002 人才中心)', () => {
  let t: TestApp;
  let companyId: string;
  let hr: TestClient;
  let hrAccountId: string;
  let job: { id: string };
  beforeAll(async () => {
    t = await buildTestApp();
    const company = await createTestCompany(t.database.db, { name: '上海申城精密机械有限公司' });
    companyId = company.id;
    // Each invitation uses one 人才邀约 (decision 018; invitation-rights.api.test.ts tests the charge).
    await grantTestRights(t.database.db, companyId, 'talent_invitation', 100);
    job = await createTestJob(t.database.db, { companyId, title: '数控车床操作工', occupation: '数控车工' });
    const employer = await createSignedInEmployer(t.app, companyId);
    hr = employer.client;
    hrAccountId = employer.account.id;
  });
  afterAll(() => t.close());

  const invite = (seekerAccountId: string, message = '欢迎来我司参观面试。', jobId = job.id, client = hr) =>
    client.post('/api/employer/talent/invitations', { seekerAccountId, jobId, message });
  const answer = (client: TestClient, id: string, verb: 'accept' | 'decline') =>
    client.post(`/api/seeker/invitations/${id}/${verb}`);
  const invitationRows = (seekerAccountId: string) =>
    t.database.db
      .select()
      .from(talentInvitations)
      .where(eq(talentInvitations.seekerAccountId, seekerAccountId));
  const applicationRows = (seekerAccountId: string) =>
    t.database.db.select().from(applications).where(eq(applications.seekerAccountId, seekerAccountId));

  it('invites once: a double click or a repeat answers 409 with the reason', async () => {
    const seeker = await createTalent(t.app);
    const seen = listenTo(t.app, liveTopic.account(seeker.accountId));
    const [a, b] = await Promise.all([invite(seeker.accountId), invite(seeker.accountId)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const refused = a.status === 409 ? a : b;
    expect(refused.body).toMatchObject({
      code: 'ALREADY_INVITED',
      message: '已向该人才发出此职位的邀约，请等待对方确认',
    });
    const repeat = await invite(seeker.accountId);
    expect(repeat.status).toBe(409);
    expect(await invitationRows(seeker.accountId)).toHaveLength(1);
    // On PostgreSQL the event arrives after the commit, later under load.
    await seen.waitFor('invitations.changed');
    seen.stop();
    expect(seen.types()).toContain('invitations.changed');
    const [notice] = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.accountId, seeker.accountId), eq(notifications.kind, 'talent_invitation')));
    expect(notice).toMatchObject({
      body: '上海申城精密机械有限公司邀请您应聘“数控车床操作工”岗位，请在“我的邀约”中查看并答复',
      link: '/m/invitations',
    });
  });

  it('refuses a message over 200 characters and a job of another company', async () => {
    const seeker = await createTalent(t.app);
    const long = await invite(seeker.accountId, '字'.repeat(201));
    expect(long.status).toBe(400);
    expect(long.body.details.fields[0]).toMatchObject({
      field: 'message',
      reason: '邀约留言不能超过200个字',
    });
    const other = await createTestCompany(t.database.db);
    const otherHr = (await createSignedInEmployer(t.app, other.id)).client;
    const foreign = await invite(seeker.accountId, '', job.id, otherHr);
    expect(foreign.status).toBe(404);
    expect(await invitationRows(seeker.accountId)).toHaveLength(0);
  });

  it('the seeker accepts: one invitation-source application under a double click, no place used, the HR told', async () => {
    const seeker = await createTalent(t.app);
    const created = await invite(seeker.accountId);
    const mine = await seeker.client.get('/api/seeker/invitations');
    expect(mine.body).toMatchObject({
      pendingCount: 1,
      total: 1,
      page: 1,
      pageSize: 20,
      items: [
        {
          id: created.body.id,
          company: { name: '上海申城精密机械有限公司' },
          job: { id: job.id, title: '数控车床操作工', recruiting: true },
          message: '欢迎来我司参观面试。',
          state: 'pending',
          stateLabel: '待确认',
        },
      ],
    });
    const seen = listenTo(t.app, liveTopic.company(companyId));
    const [a, b] = await Promise.all([
      answer(seeker.client, created.body.id, 'accept'),
      answer(seeker.client, created.body.id, 'accept'),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body).toMatchObject({
      state: 'accepted',
      stateLabel: '已同意',
      applicationId: expect.any(String),
    });
    const rows = await applicationRows(seeker.accountId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: a.body.applicationId,
      source: 'invitation',
      companyId,
      jobId: job.id,
    });
    await seen.waitFor('invitations.changed');
    seen.stop();
    expect(seen.types()).toEqual(['invitations.changed']);

    // In 我的应聘, but not one of the 10 places.
    const current = await seeker.client.get('/api/seeker/applications?list=current');
    expect(current.body.items.map((i: { id: string }) => i.id)).toEqual([a.body.applicationId]);
    expect(current.body).toMatchObject({ total: 1, currentCount: 0, remaining: 10 });
    const other = await createTestJob(t.database.db, { companyId, title: '装配工' });
    expect(
      (await seeker.client.post('/api/seeker/applications', { jobId: other.id, acknowledgeWarnings: true }))
        .body.remaining,
    ).toBe(9);

    const [notice] = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.accountId, hrAccountId), eq(notifications.kind, 'invitation_accepted')));
    expect(notice?.body).toBe('陈晓东已接受“数控车床操作工”岗位的邀约，简历已转入简历管理');
    const accepted = await hr.get('/api/employer/talent/invitations?state=accepted');
    expect(accepted.body.items.map((i: { id: string }) => i.id)).toContain(created.body.id);
    expect(
      (await hr.get('/api/employer/talent/invitations?state=pending')).body.items.map(
        (i: { id: string }) => i.id,
      ),
    ).not.toContain(created.body.id);
    // Answered: cannot be declined any more.
    const late = await answer(seeker.client, created.body.id, 'decline');
    expect(late.status).toBe(409);
    expect(late.body.message).toBe('该邀约已接受，不能再更改');
  });

  it('accepting links the application the seeker already made to the job', async () => {
    const seeker = await createTalent(t.app);
    const applied = await seeker.client.post('/api/seeker/applications', {
      jobId: job.id,
      acknowledgeWarnings: true,
    });
    expect(applied.status).toBe(200);
    const created = await invite(seeker.accountId);
    const accepted = await answer(seeker.client, created.body.id, 'accept');
    expect(accepted.body.applicationId).toBe(applied.body.application.id);
    expect(await applicationRows(seeker.accountId)).toHaveLength(1);
  });

  it('the seeker declines: no application, the state shows 已拒绝, and the company may invite again', async () => {
    const seeker = await createTalent(t.app);
    const created = await invite(seeker.accountId);
    const declined = await answer(seeker.client, created.body.id, 'decline');
    expect(declined.body).toMatchObject({ state: 'declined', stateLabel: '已拒绝', applicationId: null });
    expect(await applicationRows(seeker.accountId)).toHaveLength(0);
    expect((await seeker.client.get('/api/seeker/invitations')).body.pendingCount).toBe(0);
    const listed = await hr.get('/api/employer/talent/invitations?state=declined');
    expect(listed.body.items.find((i: { id: string }) => i.id === created.body.id)).toMatchObject({
      stateLabel: '已拒绝',
      talent: { displayName: expect.stringMatching(/^陈(先生|女士)$/) },
    });
    expect((await invite(seeker.accountId)).status).toBe(200);
  });

  it('pages 我的邀约 (issue 9): every invitation reachable, newest first, the pending count over all pages', async () => {
    const seeker = await createTalent(t.app);
    const sent: string[] = [];
    for (const title of ['钳工', '焊工', '电工']) {
      const other = await createTestJob(t.database.db, { companyId, title, occupation: '数控车工' });
      const created = await invite(seeker.accountId, '', other.id);
      expect(created.status).toBe(200);
      sent.unshift(created.body.id);
    }
    await answer(seeker.client, sent[0]!, 'decline');
    const pages = await Promise.all(
      [1, 2].map((page) => seeker.client.get(`/api/seeker/invitations?page=${page}&pageSize=2`)),
    );
    expect(pages.map((response) => response.body.items.map((i: { id: string }) => i.id))).toEqual([
      sent.slice(0, 2),
      sent.slice(2),
    ]);
    for (const response of pages) {
      expect(response.body).toMatchObject({ total: 3, pageSize: 2, pendingCount: 2 });
    }
  });

  it('another seeker gets 404 on someone else’s invitation, another company sees none of them', async () => {
    const seeker = await createTalent(t.app);
    const created = await invite(seeker.accountId);
    const stranger = await createTalent(t.app);
    for (const verb of ['accept', 'decline'] as const) {
      const response = await answer(stranger.client, created.body.id, verb);
      expect(response.status).toBe(404);
      expect(response.body.message).toBe('邀约不存在或已删除');
    }
    expect((await stranger.client.get('/api/seeker/invitations')).body.items).toEqual([]);
    const [row] = await invitationRows(seeker.accountId);
    expect(row?.state).toBe('pending');
    const other = await createTestCompany(t.database.db);
    const otherHr = (await createSignedInEmployer(t.app, other.id)).client;
    expect((await otherHr.get('/api/employer/talent/invitations')).body).toMatchObject({
      items: [],
      total: 0,
    });
  });
});

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
import { notifications, talentInvitations } from '../../db/schema';
import { auditLedger } from '../billing/ledger-balances';

// 人才邀约 costs one 人才邀约 per new invitation (decision 018), in the invitation's transaction;
// one refused as already open costs nothing, and without the right nothing is sent.

describe('[EMPLOYER] 高校人才邀约 uses 人才邀约', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  async function companyWithJob(rights: number) {
    const company = await createTestCompany(t.database.db);
    const job = await createTestJob(t.database.db, {
      companyId: company.id,
      title: '数控车床操作工',
      occupation: '数控车工',
    });
    if (rights > 0) await grantTestRights(t.database.db, company.id, 'talent_invitation', rights);
    const employer = await createSignedInEmployer(t.app, company.id);
    return { company, job, hr: employer.client, name: employer.account.displayName };
  }
  const invite = (hr: TestClient, seekerAccountId: string, jobId: string) =>
    hr.post('/api/employer/talent/invitations', { seekerAccountId, jobId, message: '欢迎来我司面试。' });
  const invitationsLeft = async (hr: TestClient) => {
    const mine = await hr.get('/api/employer/mall/rights');
    return mine.body.rights.find((r: { right: string }) => r.right === 'talent_invitation') as {
      remaining: number;
      used: number;
    };
  };
  const invitationsOf = (companyId: string) =>
    t.database.db.select().from(talentInvitations).where(eq(talentInvitations.companyId, companyId));

  it('20 seekers invited at once with 10 rights: exactly 10 sent, 10 refused, none left, the ledger balanced', async () => {
    const { company, job, hr } = await companyWithJob(10);
    const seekers = [];
    for (let i = 0; i < 20; i += 1) seekers.push(await createTalent(t.app));
    const answers = await Promise.all(seekers.map((s) => invite(hr, s.accountId, job.id)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(10);
    const refused = answers.filter((a) => a.status === 409);
    expect(refused).toHaveLength(10);
    for (const answer of refused)
      expect(answer.body).toMatchObject({
        code: 'RIGHT_EXHAUSTED',
        message: '您的人才邀约权益已用完，请前往道具商城购买',
      });
    expect(await invitationsOf(company.id)).toHaveLength(10);
    expect(await invitationsLeft(hr)).toMatchObject({ remaining: 0, used: 10 });
    expect(await auditLedger(t.database.db)).toEqual({ unbalancedUnits: [], mismatchedAccounts: [] });
  });

  it('a double click or a repeat of an open invitation uses one; a new one after the seeker declined uses another', async () => {
    const { company, job, hr } = await companyWithJob(5);
    const seeker = await createTalent(t.app);
    const answers = await Promise.all(Array.from({ length: 5 }, () => invite(hr, seeker.accountId, job.id)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.body.code === 'ALREADY_INVITED')).toHaveLength(4);
    expect((await invite(hr, seeker.accountId, job.id)).body.code).toBe('ALREADY_INVITED');
    expect(await invitationsLeft(hr)).toMatchObject({ remaining: 4, used: 1 });

    const sent = answers.find((a) => a.status === 200)!;
    expect((await seeker.client.post(`/api/seeker/invitations/${sent.body.id}/decline`)).status).toBe(200);
    expect((await invite(hr, seeker.accountId, job.id)).status).toBe(200);
    expect(await invitationsOf(company.id)).toHaveLength(2);
    expect(await invitationsLeft(hr)).toMatchObject({ remaining: 3, used: 2 });
  });

  it('without the right: RIGHT_EXHAUSTED, no invitation and the seeker is told nothing', async () => {
    const { company, job, hr } = await companyWithJob(0);
    const seeker = await createTalent(t.app);
    const refused = await invite(hr, seeker.accountId, job.id);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'RIGHT_EXHAUSTED',
      message: '您的人才邀约权益已用完，请前往道具商城购买',
    });
    expect(await invitationsOf(company.id)).toEqual([]);
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.accountId, seeker.accountId), eq(notifications.kind, 'talent_invitation')));
    expect(told).toEqual([]);
    expect((await seeker.client.get('/api/seeker/invitations')).body.items).toEqual([]);
  });

  it('使用记录 names who invited which seeker (masked) to which job', async () => {
    const { job, hr, name } = await companyWithJob(3);
    const seeker = await createTalent(t.app, { name: '欧阳晓东' });
    expect((await invite(hr, seeker.accountId, job.id)).status).toBe(200);
    const usage = await hr.get('/api/employer/mall/usage?right=talent_invitation');
    expect(usage.body).toMatchObject({ total: 1 });
    expect(usage.body.items[0]).toMatchObject({
      right: 'talent_invitation',
      label: '人才邀约',
      kind: 'use',
      quantity: 1,
      usedBy: name,
      target: expect.stringMatching(/^简历：欧阳(先生|女士)（职位：数控车床操作工）$/),
    });
    expect(JSON.stringify(usage.body)).not.toContain('晓东');
  });
});

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
import { applications, companyRightTerms } from '../../db/schema';
import { auditLedger } from '../billing/ledger-balances';
import { expireRights } from './expire-rights';

// consumeRight through the ledger (decision 018): 简历下载 uses exactly one right per company and
// seeker, never for a resume the company already has; 我的权益, 使用记录 and the expiry job.

describe('[EMPLOYER] 我的权益, 使用记录 and the 简历下载 right', () => {
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
      occupation: '机床操作',
      education: '20',
      workArea: '310115',
      salaryMin: 8000,
      salaryMax: 12000,
    });
    if (rights > 0) await grantTestRights(t.database.db, company.id, 'resume_download', rights);
    const hr = (await createSignedInEmployer(t.app, company.id)).client;
    return { company, job, hr };
  }
  const download = (hr: TestClient, seekerAccountId: string, jobId: string) =>
    hr.post('/api/employer/talent/downloads', { seekerAccountId, jobId });
  const downloads = async (hr: TestClient) => {
    const mine = await hr.get('/api/employer/mall/rights');
    return mine.body.rights.find((r: { right: string }) => r.right === 'resume_download') as {
      remaining: number;
      used: number;
      expired: boolean;
    };
  };

  it('10 concurrent 下载 of one seeker use one right', async () => {
    const { job, hr } = await companyWithJob(5);
    const seeker = await createTalent(t.app);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => download(hr, seeker.accountId, job.id)),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    expect(answers.filter((a) => a.body.rightUsed)).toHaveLength(1);
    expect(await downloads(hr)).toMatchObject({ remaining: 4, used: 1 });
  });

  it('5 different seekers with 3 rights left: 3 downloads, 2 refused with RIGHT_EXHAUSTED and nothing filed', async () => {
    const { company, job, hr } = await companyWithJob(3);
    const seekers = [];
    for (let i = 0; i < 5; i += 1) seekers.push(await createTalent(t.app));
    const answers = await Promise.all(seekers.map((s) => download(hr, s.accountId, job.id)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(3);
    const refused = answers.filter((a) => a.status === 409);
    expect(refused).toHaveLength(2);
    expect(refused[0]!.body).toMatchObject({
      code: 'RIGHT_EXHAUSTED',
      message: '您的简历下载权益已用完，请前往道具商城购买',
    });
    const filed = await t.database.db
      .select()
      .from(applications)
      .where(eq(applications.companyId, company.id));
    expect(filed).toHaveLength(3);
    expect(await downloads(hr)).toMatchObject({ remaining: 0, used: 3 });
    expect(await auditLedger(t.database.db)).toEqual({ unbalancedUnits: [], mismatchedAccounts: [] });
  });

  it('a company without the right is refused; a seeker who applied to the company is free and nothing new is filed', async () => {
    const { company, job, hr } = await companyWithJob(0);
    const stranger = await createTalent(t.app);
    const refused = await download(hr, stranger.accountId, job.id);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('RIGHT_EXHAUSTED');

    const applicant = await createTalent(t.app);
    const applied = await applicant.client.post('/api/seeker/applications', {
      jobId: job.id,
      acknowledgeWarnings: true,
    });
    expect(applied.status).toBe(200);
    const free = await download(hr, applicant.accountId, job.id);
    expect(free.status).toBe(200);
    expect(free.body).toMatchObject({
      rightUsed: false,
      alreadyApplied: true,
      applicationId: applied.body.application.id,
    });
    const rows = await t.database.db
      .select()
      .from(applications)
      .where(
        and(eq(applications.companyId, company.id), eq(applications.seekerAccountId, applicant.accountId)),
      );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.source).not.toBe('talent_download');
    expect(await downloads(hr)).toMatchObject({ remaining: 0, used: 0 });
  });

  it('使用记录 names who used what for whom (masked), filters by right, and hides other companies', async () => {
    const { job, hr } = await companyWithJob(2);
    const seeker = await createTalent(t.app, { name: '欧阳晓东' });
    await download(hr, seeker.accountId, job.id);
    const usage = await hr.get('/api/employer/mall/usage?right=resume_download');
    expect(usage.status).toBe(200);
    expect(usage.body).toMatchObject({ total: 1, page: 1 });
    expect(usage.body.items[0]).toMatchObject({
      right: 'resume_download',
      label: '简历下载',
      kind: 'use',
      quantity: 1,
      usedBy: expect.any(String),
      target: expect.stringMatching(/^简历：欧阳(先生|女士)$/),
    });
    expect(JSON.stringify(usage.body)).not.toContain('晓东');
    expect((await hr.get('/api/employer/mall/usage?right=job_pin')).body.total).toBe(0);
    expect((await hr.get('/api/employer/mall/usage?from=2000-01-01&to=2000-01-02')).body.total).toBe(0);
    expect((await hr.get('/api/employer/mall/usage?from=2000-1-1')).status).toBe(400);

    const other = await companyWithJob(1);
    expect((await other.hr.get('/api/employer/mall/usage')).body).toMatchObject({ items: [], total: 0 });
  });

  it('an ended term: downloads are refused, the expiry job moves the rest (once), 我的权益 shows 0 and 使用记录 已过期', async () => {
    const { company, job, hr } = await companyWithJob(4);
    const past = new Date(Date.now() - 60_000);
    await t.database.db
      .update(companyRightTerms)
      .set({ expiresAt: past })
      .where(eq(companyRightTerms.companyId, company.id));
    const seeker = await createTalent(t.app);
    expect((await download(hr, seeker.accountId, job.id)).body.code).toBe('RIGHT_EXHAUSTED');

    await expireRights(t.app.ctx, { now: new Date() });
    await expireRights(t.app.ctx, { now: new Date() });
    expect(await downloads(hr)).toMatchObject({ remaining: 0, used: 0, expired: true });
    const usage = await hr.get('/api/employer/mall/usage');
    expect(usage.body.items).toEqual([
      expect.objectContaining({ kind: 'expired', quantity: 4, target: '已过期', usedBy: null }),
    ]);
    expect(await auditLedger(t.database.db)).toEqual({ unbalancedUnits: [], mismatchedAccounts: [] });
  });
});

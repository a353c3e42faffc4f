import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import {
  createSignedInEmployer,
  createTestCompany,
  createTestJob,
  grantTestRights,
} from '../../../test/factories';
import type { TestClient } from '../../../test/http-client';
import { jobPins } from '../../db/schema';
import { shanghaiDate } from '../../lib/shanghai-time';
import { auditLedger } from '../billing/ledger-balances';

// 职位置顶 costs 职位置顶 days (decision 018): the days no pin of the job covers yet, once, in the
// pin's transaction; too few is refused with what is left and nothing is booked; 取消置顶 gives
// nothing back.

const DAY_MS = 86_400_000;
const day = (offset: number) => shanghaiDate(new Date(Date.now() + offset * DAY_MS));

describe('[EMPLOYER] 职位置顶 uses 职位置顶 days', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  async function companyWithJobs(days: number, count = 1) {
    const company = await createTestCompany(t.database.db);
    const jobs = [];
    for (let i = 0; i < count; i += 1)
      jobs.push(await createTestJob(t.database.db, { companyId: company.id, title: `模具钳工${i + 1}` }));
    if (days > 0) await grantTestRights(t.database.db, company.id, 'job_pin', days);
    const employer = await createSignedInEmployer(t.app, company.id);
    return { company, jobs, hr: employer.client, name: employer.account.displayName };
  }
  const pin = (hr: TestClient, jobId: string, areas: string[], from: number, to: number) =>
    hr.post(`/api/employer/jobs/${jobId}/pins`, { areas, startDate: day(from), endDate: day(to) });
  const pinDays = async (hr: TestClient) => {
    const mine = await hr.get('/api/employer/mall/rights');
    return mine.body.rights.find((r: { right: string }) => r.right === 'job_pin') as {
      remaining: number;
      used: number;
    };
  };

  it('a 3-day pin uses 3 days, once, and 使用记录 names who pinned which job', async () => {
    const { jobs, hr, name } = await companyWithJobs(10);
    const booked = await pin(hr, jobs[0]!.id, ['310104'], 0, 2);
    expect(booked.status, JSON.stringify(booked.body)).toBe(200);
    expect(await pinDays(hr)).toMatchObject({ remaining: 7, used: 3 });
    const usage = await hr.get('/api/employer/mall/usage?right=job_pin');
    expect(usage.body).toMatchObject({ total: 1 });
    expect(usage.body.items[0]).toMatchObject({
      right: 'job_pin',
      label: '职位置顶',
      kind: 'use',
      quantity: 3,
      usedBy: name,
      target: '职位：模具钳工1',
      usedAt: expect.any(String),
    });
    expect(await auditLedger(t.database.db)).toEqual({ unbalancedUnits: [], mismatchedAccounts: [] });
  });

  it('days already paid for the job are not paid again: another area on them is free, a longer one pays the days it adds', async () => {
    const { jobs, hr } = await companyWithJobs(10);
    expect((await pin(hr, jobs[0]!.id, ['310104'], 1, 3)).status).toBe(200);
    expect(await pinDays(hr)).toMatchObject({ remaining: 7, used: 3 });
    expect((await pin(hr, jobs[0]!.id, ['310101'], 1, 3)).status).toBe(200);
    expect(await pinDays(hr)).toMatchObject({ remaining: 7, used: 3 });
    expect((await pin(hr, jobs[0]!.id, ['310000'], 2, 6)).status).toBe(200);
    expect(await pinDays(hr)).toMatchObject({ remaining: 4, used: 6 });
    const usage = await hr.get('/api/employer/mall/usage?right=job_pin');
    expect(usage.body.items.map((u: { quantity: number }) => u.quantity)).toEqual([3, 3]);
  });

  it('too few days: RIGHT_EXHAUSTED says how many are left, nothing is booked or used', async () => {
    const { jobs, hr } = await companyWithJobs(2);
    const refused = await pin(hr, jobs[0]!.id, ['310104'], 0, 4);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'RIGHT_EXHAUSTED',
      message: '您的职位置顶剩余2天，本次需要5天，请前往道具商城购买道具包',
    });
    expect(await t.database.db.select().from(jobPins).where(eq(jobPins.jobId, jobs[0]!.id))).toEqual([]);
    expect(await pinDays(hr)).toMatchObject({ remaining: 2, used: 0 });
    expect((await hr.get(`/api/employer/jobs/${jobs[0]!.id}/pins`)).body).toEqual([]);

    const none = await companyWithJobs(0);
    const never = await pin(none.hr, none.jobs[0]!.id, ['310104'], 0, 0);
    expect(never.status).toBe(409);
    expect(never.body).toMatchObject({
      code: 'RIGHT_EXHAUSTED',
      message: '您的职位置顶权益已用完，请前往道具商城购买',
    });
  });

  it('取消置顶 gives no days back', async () => {
    const { jobs, hr } = await companyWithJobs(10);
    const running = await pin(hr, jobs[0]!.id, ['310104'], 0, 2);
    const coming = await pin(hr, jobs[0]!.id, ['310101'], 5, 6);
    expect(await pinDays(hr)).toMatchObject({ remaining: 5, used: 5 });
    for (const booked of [running, coming]) {
      const cancel = await hr.request('DELETE', `/api/employer/jobs/${jobs[0]!.id}/pins/${booked.body.id}`);
      expect(cancel.status).toBe(200);
    }
    expect(await pinDays(hr)).toMatchObject({ remaining: 5, used: 5 });
    // The coming pin is gone: its days booked again are a new use.
    expect((await pin(hr, jobs[0]!.id, ['310101'], 5, 6)).status).toBe(200);
    expect(await pinDays(hr)).toMatchObject({ remaining: 3, used: 7 });
  });

  it('10 jobs pinned at once for 3 days with 15 days: exactly 5 booked, 5 refused, nothing left, the ledger balanced', async () => {
    const { jobs, hr } = await companyWithJobs(15, 10);
    const answers = await Promise.all(jobs.map((job) => pin(hr, job.id, ['310104'], 1, 3)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(5);
    const refused = answers.filter((a) => a.status === 409);
    expect(refused).toHaveLength(5);
    for (const answer of refused) expect(answer.body.code).toBe('RIGHT_EXHAUSTED');
    const booked = await t.database.db
      .select()
      .from(jobPins)
      .where(
        inArray(
          jobPins.jobId,
          jobs.map((job) => job.id),
        ),
      );
    expect(booked).toHaveLength(5);
    expect(await pinDays(hr)).toMatchObject({ remaining: 0, used: 15 });
    expect(await auditLedger(t.database.db)).toEqual({ unbalancedUnits: [], mismatchedAccounts: [] });
  });

  it('a double click books one pin and uses its days once', async () => {
    const { jobs, hr } = await companyWithJobs(10);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => pin(hr, jobs[0]!.id, ['310104'], 0, 1)),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.body.code === 'PIN_OVERLAP')).toHaveLength(4);
    expect(await pinDays(hr)).toMatchObject({ remaining: 8, used: 2 });
  });
});

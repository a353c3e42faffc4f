import { randomUUID } from 'node:crypto';
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createSignedInEmployer, createSignedInOperator, createTestCompany } from '../../../test/factories';
import type { TestClient } from '../../../test/http-client';
import { companyRightTerms, ledgerRequests } from '../../db/schema';
import { auditLedger } from '../billing/ledger-balances';
import { postLedgerRequest } from '../billing/post-ledger-request';

// 道具商城 (issue 12 §6-8): 套餐与价格 for operators, 购买道具包 and 我的权益 for companies.

describe('[EMPLOYER] 购买道具包 and [OPS] 套餐与价格', () => {
  let t: TestApp;
  let ops: TestClient;
  const packageBody = {
    name: '简历下载包',
    description: '人才推荐中下载简历',
    pricePoints: 300,
    contents: [{ right: 'resume_download', quantity: 20 }],
    validityDays: 30,
  };
  beforeAll(async () => {
    t = await buildTestApp();
    ops = (await createSignedInOperator(t.app, { loginName: 'mall-ops', ip: '10.9.0.1' })).client;
  });
  afterAll(() => t.close());

  async function companyWithPoints(points: number) {
    const company = await createTestCompany(t.database.db);
    if (points > 0) {
      await t.database.db.transaction((tx) =>
        postLedgerRequest(tx, {
          key: `test-points:${company.id}`,
          purpose: 'test_grant',
          reference: `company:${company.id}`,
          legs: [
            {
              from: { kind: 'points_issued' },
              to: { kind: 'company_wallet', companyId: company.id },
              amount: points,
            },
          ],
        }),
      );
    }
    const hr = (await createSignedInEmployer(t.app, company.id)).client;
    return { company, hr };
  }
  const createPackage = async (overrides: Record<string, unknown> = {}) => {
    const response = await ops.post('/api/ops/packages', { ...packageBody, ...overrides });
    expect(response.status).toBe(200);
    return response.body as { id: string; pricePoints: number };
  };
  const buy = (hr: TestClient, packageId: string, key = randomUUID()) =>
    hr.post(`/api/employer/mall/packages/${packageId}/purchase`, {}, { 'idempotency-key': key });
  type Balance = { right: string; remaining: number; used: number; expiresAt: string | null };
  const rightOf = (body: { rights: Balance[] }, right: string) => body.rights.find((r) => r.right === right)!;

  it('operators create, validate (in Chinese), edit and take packages off sale; companies see those on sale', async () => {
    const invalid = await ops.post('/api/ops/packages', {
      ...packageBody,
      name: '',
      pricePoints: 0,
      contents: [
        { right: 'job_pin', quantity: 1 },
        { right: 'job_pin', quantity: 2 },
      ],
    });
    expect(invalid.status).toBe(400);
    expect(JSON.stringify(invalid.body)).toContain('请填写套餐名称');
    expect(JSON.stringify(invalid.body)).toContain('价格（快点）不能小于1');
    expect(JSON.stringify(invalid.body)).toContain('同一道具只能添加一次');

    const created = await createPackage({
      name: '职位置顶包',
      contents: [{ right: 'job_pin', quantity: 7 }],
    });
    expect(created).toMatchObject({
      name: '职位置顶包',
      active: true,
      contents: [{ right: 'job_pin', label: '职位置顶', unit: '天', quantity: 7 }],
    });
    const { hr } = await companyWithPoints(0);
    const onSale = async () =>
      (await hr.get('/api/employer/mall/packages')).body.items.map((p: { id: string }) => p.id);
    expect(await onSale()).toContain(created.id);

    const edited = await ops.request('PUT', `/api/ops/packages/${created.id}`, {
      ...packageBody,
      name: '职位置顶包',
      pricePoints: 250,
      active: false,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ pricePoints: 250, active: false });
    expect(await onSale()).not.toContain(created.id);
    expect((await buy(hr, created.id)).status).toBe(404);
    const listed = await ops.get('/api/ops/packages');
    expect(listed.body.items.map((p: { id: string }) => p.id)).toContain(created.id);

    // Operators only: an employer's session is not an operator's.
    expect((await hr.get('/api/ops/packages')).status).toBe(401);
    expect((await hr.post('/api/ops/packages', packageBody)).status).toBe(401);
    expect((await ops.request('PUT', `/api/ops/packages/${randomUUID()}`, packageBody)).status).toBe(404);
  });

  it('a purchase debits the wallet and credits the rights in one transaction; a refused one changes nothing', async () => {
    const pack = await createPackage({
      contents: [
        { right: 'resume_download', quantity: 20 },
        { right: 'talent_invitation', quantity: 5 },
      ],
    });
    const { company, hr } = await companyWithPoints(500);
    const bought = await buy(hr, pack.id);
    expect(bought.status).toBe(200);
    expect(bought.body).toMatchObject({ packageId: pack.id, pricePoints: 300, points: 200, replayed: false });
    expect(rightOf(bought.body, 'resume_download')).toMatchObject({ remaining: 20, used: 0 });
    expect(rightOf(bought.body, 'talent_invitation').remaining).toBe(5);
    const expiresAt = Date.parse(rightOf(bought.body, 'resume_download').expiresAt!);
    expect(Math.abs(expiresAt - (Date.now() + 30 * 86_400_000))).toBeLessThan(60_000);

    const refused = await buy(hr, pack.id);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'INSUFFICIENT_POINTS', message: '快点余额不足，请先充值' });
    const mine = await hr.get('/api/employer/mall/rights');
    expect(mine.body).toMatchObject({ points: 200, membership: null });
    expect(rightOf(mine.body, 'resume_download').remaining).toBe(20);
    const requests = await t.database.db
      .select()
      .from(ledgerRequests)
      .where(like(ledgerRequests.key, `company:${company.id}:package_purchase:%`));
    expect(requests).toHaveLength(1);
    expect(await auditLedger(t.database.db)).toEqual({ unbalancedUnits: [], mismatchedAccounts: [] });
  });

  it('the same Idempotency-Key buys once and answers the same; another package with that key is 409', async () => {
    const pack = await createPackage();
    const other = await createPackage({ name: '另一个包', pricePoints: 100 });
    const { hr } = await companyWithPoints(1000);
    const key = randomUUID();
    const first = await buy(hr, pack.id, key);
    const again = await buy(hr, pack.id, key);
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.body).toMatchObject({ packageId: pack.id, points: 700, replayed: true });
    expect(rightOf(again.body, 'resume_download').remaining).toBe(20);
    const reused = await buy(hr, other.id, key);
    expect(reused.status).toBe(409);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await hr.post(`/api/employer/mall/packages/${pack.id}/purchase`, {})).status).toBe(400);
  });

  it('200 parallel purchases against a wallet that affords 7 buy exactly 7', async () => {
    const pack = await createPackage({ pricePoints: 10, contents: [{ right: 'job_refresh', quantity: 1 }] });
    const { hr } = await companyWithPoints(75);
    const answers = await Promise.all(Array.from({ length: 200 }, () => buy(hr, pack.id)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(7);
    expect(statuses.filter((s) => s === 409)).toHaveLength(193);
    const mine = await hr.get('/api/employer/mall/rights');
    expect(mine.body.points).toBe(5);
    expect(rightOf(mine.body, 'job_refresh').remaining).toBe(7);
    expect(await auditLedger(t.database.db)).toEqual({ unbalancedUnits: [], mismatchedAccounts: [] });
  });

  it('a second purchase extends the term to the later end, never shortens it', async () => {
    const long = await createPackage({ validityDays: 90 });
    const short = await createPackage({ validityDays: 10 });
    const { company, hr } = await companyWithPoints(1000);
    await buy(hr, long.id);
    await buy(hr, short.id);
    const [term] = await t.database.db
      .select()
      .from(companyRightTerms)
      .where(
        and(eq(companyRightTerms.companyId, company.id), eq(companyRightTerms.right, 'resume_download')),
      );
    expect(term!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 89 * 86_400_000);
    const mine = await hr.get('/api/employer/mall/rights');
    expect(rightOf(mine.body, 'resume_download').remaining).toBe(40);
  });
});

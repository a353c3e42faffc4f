import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestCompany } from '../../../test/factories';
import { AppError } from '../../lib/app-error';
import { findLedgerAccount, findStatementRows } from './ledger.repository';
import type { LedgerAccountRef } from './ledger-accounts';
import { auditLedger, balanceOf } from './ledger-balances';
import { type LedgerRequest, postLedgerRequest } from './post-ledger-request';

const wallet = (companyId: string): LedgerAccountRef => ({ kind: 'company_wallet', companyId });
const downloads = (companyId: string): LedgerAccountRef => ({
  kind: 'company_right',
  companyId,
  right: 'resume_download',
});

/** 快点 credited to a company (what a paid recharge does). */
const grant = (key: string, companyId: string, amount: number): LedgerRequest => ({
  key,
  purpose: 'recharge',
  reference: `test:${key}`,
  legs: [{ from: { kind: 'points_issued' }, to: wallet(companyId), amount }],
});

/** 快点 spent by a company. */
const spend = (key: string, companyId: string, amount: number): LedgerRequest => ({
  key,
  purpose: 'package_purchase',
  reference: `test:${key}`,
  legs: [{ from: wallet(companyId), to: { kind: 'points_earned' }, amount }],
});

const codeOf = (reason: unknown) => (reason instanceof AppError ? reason.code : String(reason));

describe('the ledger', () => {
  let t: TestApp;
  const post = (request: LedgerRequest) => t.database.db.transaction((tx) => postLedgerRequest(tx, request));

  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('200 parallel spends against a wallet that can afford 10 give exactly 10', async () => {
    const company = await createTestCompany(t.database.db);
    await post(grant(`g-${company.id}`, company.id, 10));
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) => post(spend(`s-${company.id}-${i}`, company.id, 1))),
    );
    const spent = results.filter((result) => result.status === 'fulfilled');
    const refused = results.flatMap((result) =>
      result.status === 'rejected' ? [codeOf(result.reason)] : [],
    );
    expect(spent).toHaveLength(10);
    expect(new Set(refused)).toEqual(new Set(['INSUFFICIENT_POINTS']));
    expect(await balanceOf(t.database.db, wallet(company.id))).toBe(0);
    expect(await auditLedger(t.database.db)).toEqual({ unbalancedUnits: [], mismatchedAccounts: [] });
  });

  it('answers a retry with the first result, refuses the same key for another amount, and moves once', async () => {
    const company = await createTestCompany(t.database.db);
    const first = await post(grant(`g1-${company.id}`, company.id, 500));
    const retry = await post(grant(`g1-${company.id}`, company.id, 500));
    expect(first.replayed).toBe(false);
    expect(retry).toEqual({ ...first, replayed: true });
    expect(first.transfers[0]).toMatchObject({ amount: 500, unit: 'point', creditBalanceAfter: 500 });

    await expect(post(grant(`g1-${company.id}`, company.id, 600))).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    // 20 concurrent requests with one key: one movement, and all of them answer it.
    const racing = await Promise.all(
      Array.from({ length: 20 }, () => post(spend(`s1-${company.id}`, company.id, 30))),
    );
    expect(new Set(racing.map((receipt) => receipt.transfers[0]!.id)).size).toBe(1);
    expect(racing.filter((receipt) => !receipt.replayed)).toHaveLength(1);
    expect(await balanceOf(t.database.db, wallet(company.id))).toBe(470);
  });

  it('moves every leg of a request or none, and a failed action takes its movement back', async () => {
    const company = await createTestCompany(t.database.db);
    await post(grant(`g2-${company.id}`, company.id, 100));
    // A package: 快点 out of the wallet, 20 downloads into the company's rights, in one request.
    const buy = (key: string, price: number): LedgerRequest => ({
      key,
      purpose: 'package_purchase',
      reference: 'package:resume-20',
      legs: [
        { from: wallet(company.id), to: { kind: 'points_earned' }, amount: price },
        { from: { kind: 'rights_granted', right: 'resume_download' }, to: downloads(company.id), amount: 20 },
      ],
    });
    await expect(post(buy(`b1-${company.id}`, 150))).rejects.toMatchObject({ code: 'INSUFFICIENT_POINTS' });
    expect(await balanceOf(t.database.db, downloads(company.id))).toBe(0);
    await post(buy(`b1-${company.id}`, 80));
    expect(await balanceOf(t.database.db, downloads(company.id))).toBe(20);
    expect(await balanceOf(t.database.db, wallet(company.id))).toBe(20);

    // The action it paid for fails after the debit: the whole transaction, debit and key, rolls back.
    await expect(
      t.database.db.transaction(async (tx) => {
        await postLedgerRequest(tx, spend(`s2-${company.id}`, company.id, 20));
        throw new Error('the action failed');
      }),
    ).rejects.toThrow('the action failed');
    expect(await balanceOf(t.database.db, wallet(company.id))).toBe(20);
    await post(spend(`s2-${company.id}`, company.id, 20));
    expect(await balanceOf(t.database.db, wallet(company.id))).toBe(0);

    // The wallet's statement, newest first, with the balance after each movement.
    const account = await findLedgerAccount(t.database.db, {
      kind: 'company_wallet',
      unit: 'point',
      companyId: company.id,
    });
    const statement = await findStatementRows(t.database.db, {
      accountId: account!.id,
      offset: 0,
      limit: 10,
    });
    expect(statement.total).toBe(3);
    expect(statement.rows.map((row) => [row.direction, row.amount, row.balanceAfter, row.purpose])).toEqual([
      ['out', 20, 0, 'package_purchase'],
      ['out', 80, 20, 'package_purchase'],
      ['in', 100, 100, 'recharge'],
    ]);
    const spends = await findStatementRows(t.database.db, {
      accountId: account!.id,
      purposes: ['recharge'],
      offset: 0,
      limit: 10,
    });
    expect(spends.total).toBe(1);

    // A right runs out like 快点 do, with its own words.
    const use = (i: number): LedgerRequest => ({
      key: `u-${company.id}-${i}`,
      purpose: 'right_use',
      reference: `resume_download:${i}`,
      legs: [
        { from: downloads(company.id), to: { kind: 'rights_used', right: 'resume_download' }, amount: 1 },
      ],
    });
    const uses = await Promise.allSettled(Array.from({ length: 25 }, (_, i) => post(use(i))));
    expect(uses.filter((result) => result.status === 'fulfilled')).toHaveLength(20);
    const refused = uses.find((result) => result.status === 'rejected');
    expect(refused?.status === 'rejected' && refused.reason).toMatchObject({
      code: 'RIGHT_EXHAUSTED',
      message: '您的简历下载权益已用完，请前往道具商城购买',
    });
  });

  it('refuses to change or delete a transfer or a request', async () => {
    const company = await createTestCompany(t.database.db);
    const receipt = await post(grant(`g3-${company.id}`, company.id, 5));
    const id = receipt.transfers[0]!.id;
    await expect(
      t.database.db.execute(sql`UPDATE ledger_transfers SET amount = 6 WHERE id = ${id}`),
    ).rejects.toThrow();
    await expect(t.database.db.execute(sql`DELETE FROM ledger_transfers WHERE id = ${id}`)).rejects.toThrow();
    await expect(
      t.database.db.execute(sql`DELETE FROM ledger_requests WHERE key = ${receipt.key}`),
    ).rejects.toThrow();
    // A company's balance cannot be written below zero even by hand.
    await expect(
      t.database.db.execute(
        sql`UPDATE ledger_accounts SET balance = -1 WHERE company_id = ${company.id} AND kind = 'company_wallet'`,
      ),
    ).rejects.toThrow();
    expect(await balanceOf(t.database.db, wallet(company.id))).toBe(5);
  });

  it('property: any sequence of requests keeps every unit at zero and every balance its sum; replaying a prefix changes nothing', async () => {
    const companies = [await createTestCompany(t.database.db), await createTestCompany(t.database.db)];
    let run = 0;
    const command = fc.record({
      op: fc.constantFrom('grant', 'spend'),
      company: fc.integer({ min: 0, max: 1 }),
      amount: fc.integer({ min: 1, max: 50 }),
      // A few keys per run, so that retries and reuses with other amounts happen.
      key: fc.integer({ min: 0, max: 5 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(command, { minLength: 1, maxLength: 12 }),
        fc.nat(12),
        async (commands, cut) => {
          run += 1;
          const requestOf = (c: (typeof commands)[number]) => {
            const make = c.op === 'grant' ? grant : spend;
            return make(`p${run}-${c.key}-${companies[0]!.id}`, companies[c.company]!.id, c.amount);
          };
          const answer = async (c: (typeof commands)[number]) =>
            post(requestOf(c)).then(
              (receipt) => receipt.transfers.map((transfer) => transfer.id).join(),
              (error: unknown) => codeOf(error),
            );
          const balances = () =>
            Promise.all(companies.map((company) => balanceOf(t.database.db, wallet(company.id))));

          const answers: string[] = [];
          for (const c of commands) answers.push(await answer(c));
          const after = await balances();
          expect(after.every((balance) => balance >= 0)).toBe(true);
          expect(await auditLedger(t.database.db)).toEqual({ unbalancedUnits: [], mismatchedAccounts: [] });

          // Replaying any prefix of the requests that were taken, twice: nothing moves, and each
          // answers what it answered first. (A refused request was not taken: it may be asked again.)
          const refusals = ['INSUFFICIENT_POINTS', 'IDEMPOTENCY_KEY_REUSED'];
          const taken = answers.slice(0, cut).flatMap((first, i) => (refusals.includes(first) ? [] : [i]));
          for (let pass = 0; pass < 2; pass += 1) {
            for (const i of taken) expect(await answer(commands[i]!)).toBe(answers[i]);
          }
          expect(await balances()).toEqual(after);
          expect(await auditLedger(t.database.db)).toEqual({ unbalancedUnits: [], mismatchedAccounts: [] });
        },
      ),
      { numRuns: 25 },
    );
  });
});

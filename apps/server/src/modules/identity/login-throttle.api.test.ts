import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { freshIdNumber, signUpSeeker } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { rowsOf } from '../../lib/sql-rows';
import { THROTTLE } from './login-throttle';

describe('[SEEKER] a 6-digit password is guessable: throttling and lockout', () => {
  let t: TestApp;
  let ipCounter = 1;
  const freshClient = () => new TestClient(t.app, `203.0.113.${ipCounter++}`);
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  async function failFiveTimes(client: TestClient, account: string) {
    const answers = [];
    for (let i = 0; i < THROTTLE.failuresBeforeLock; i++) {
      const r = await client.login('seeker', account, '000001');
      answers.push({ status: r.status, code: r.body.code, message: r.body.message });
    }
    return answers;
  }

  it('locks after 5 failures; then even the right password is refused until the lock ends', async () => {
    const client = freshClient();
    const person = await signUpSeeker(client);
    const answers = await failFiveTimes(client, person.idNumber);
    expect(answers.slice(0, 4).map((a) => a.message)).toEqual([
      '账号或密码错误，还可尝试4次',
      '账号或密码错误，还可尝试3次',
      '账号或密码错误，还可尝试2次',
      '账号或密码错误，还可尝试1次',
    ]);
    expect(answers[4]).toMatchObject({ status: 429, code: 'LOGIN_LOCKED' });
    expect(answers[4]!.message).toContain('15分钟后再试');
    const right = await client.login('seeker', person.idNumber, person.password);
    expect(right.status).toBe(429);
    expect(right.body.code).toBe('LOGIN_LOCKED');
  });

  it('lets the right password in once the lock has run out, and doubles the next lock', async () => {
    const client = freshClient();
    const person = await signUpSeeker(client);
    await failFiveTimes(client, person.idNumber);
    const expireLocks = () =>
      t.database.db.execute(
        sql`update rate_counters set locked_until = now() - interval '1 second' where locked_until is not null`,
      );
    await expireLocks();
    const afterLock = await failFiveTimes(client, person.idNumber);
    expect(afterLock[0]!.message).toBe('账号或密码错误，还可尝试4次');
    expect(afterLock[4]!.message).toContain('30分钟后再试');
    await expireLocks();
    expect((await client.login('seeker', person.idNumber, person.password)).status).toBe(200);
  });

  it('answers an unknown ID number exactly like a known one (no account enumeration)', async () => {
    const known = await signUpSeeker(freshClient());
    const forKnown = await failFiveTimes(freshClient(), known.idNumber);
    const forUnknown = await failFiveTimes(freshClient(), freshIdNumber('19850101'));
    expect(forUnknown).toEqual(forKnown);
  });

  it('a success resets the count', async () => {
    const client = freshClient();
    const person = await signUpSeeker(client);
    for (let i = 0; i < 4; i++) await client.login('seeker', person.idNumber, '000001');
    expect((await client.login('seeker', person.idNumber, person.password)).status).toBe(200);
    const next = await client.login('seeker', person.idNumber, '000001');
    expect(next.body.message).toBe('账号或密码错误，还可尝试4次');
  });

  it('holds under concurrency: 30 parallel guesses check the password at most 5 times', async () => {
    const person = await signUpSeeker(freshClient());
    const clients = Array.from({ length: 30 }, () => freshClient());
    const results = await Promise.all(clients.map((c) => c.login('seeker', person.idNumber, '000001')));
    expect(results.filter((r) => r.status === 401)).toHaveLength(4);
    expect(results.filter((r) => r.status === 429)).toHaveLength(26);
    const checked = rowsOf<{ n: number }>(
      await t.database.db.execute(
        sql`select count(*)::int as n from security_events where kind in ('login_failed', 'login_locked') and account_id = (select account_id from seekers order by created_at desc limit 1)`,
      ),
    )[0]!.n;
    expect(Number(checked)).toBe(THROTTLE.failuresBeforeLock);
  });

  it('throttles one IP spraying many accounts after 30 failures in 15 minutes', async () => {
    const client = freshClient();
    const statuses: number[] = [];
    for (let i = 0; i < THROTTLE.ipFailuresPerWindow + 1; i++) {
      statuses.push((await client.login('seeker', freshIdNumber('19800101'), '000001')).status);
    }
    expect(statuses.slice(0, THROTTLE.ipFailuresPerWindow).every((s) => s === 401)).toBe(true);
    const last = await client.login('seeker', freshIdNumber('19800101'), '000001');
    expect(last.status).toBe(429);
    expect(last.body).toMatchObject({ code: 'RATE_LIMITED', message: '登录尝试过于频繁，请15分钟后再试' });
  });

  it('records the events in the audit log', async () => {
    const kinds = rowsOf<{ kind: string }>(
      await t.database.db.execute(sql`select distinct kind from security_events`),
    ).map((r) => r.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'login_failed',
        'login_locked',
        'login_succeeded',
        'login_ip_throttled',
        'seeker_registered',
      ]),
    );
  });
});

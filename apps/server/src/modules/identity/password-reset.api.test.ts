import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { BANK_CARD, freshIdNumber, freshMobile, signUpSeeker } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { THROTTLE } from './login-throttle';

// Issue 10, defect 12: the lockout stops guessing, not the owner (docs/decisions/015).
describe('[SEEKER] 找回密码 works while the ID number is locked, and lifts the lock', () => {
  let t: TestApp;
  let address = 1;
  const freshClient = () => new TestClient(t.app, `203.0.113.${address++}`);
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  async function lockedSeeker() {
    const client = freshClient();
    const person = await signUpSeeker(client);
    for (let i = 0; i < THROTTLE.failuresBeforeLock; i++)
      await client.login('seeker', person.idNumber, '000001');
    const locked = await client.login('seeker', person.idNumber, person.password);
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('LOGIN_LOCKED');
    expect(locked.body.message).toContain('找回密码');
    return { client, person };
  }

  it('locked by 5 wrong guesses, the owner resets by SMS code without a login and logs in with the new password', async () => {
    const { client, person } = await lockedSeeker();
    const sent = await client.post('/api/seeker/password-reset/sms-code', {
      idNumber: person.idNumber,
      mobile: person.mobile,
    });
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({
      mobileMasked: `${person.mobile.slice(0, 3)}****${person.mobile.slice(-4)}`,
      resendAfterSeconds: 60,
    });
    const code = t.sms.lastCodeTo(person.mobile);
    const verified = await client.post('/api/seeker/password-reset/verify', {
      idNumber: person.idNumber,
      route: 'sms',
      code,
    });
    expect(verified.status).toBe(200);
    const reset = await client.post('/api/seeker/password-reset', {
      ticket: verified.body.ticket,
      password: '730419',
      confirmPassword: '730419',
    });
    expect(reset.body).toEqual({ ok: true, sessionsEnded: 0 });

    expect((await client.login('seeker', person.idNumber, person.password)).body.message).toBe(
      '账号或密码错误，还可尝试4次',
    );
    expect((await client.login('seeker', person.idNumber, '730419')).status).toBe(200);
  });

  it('also by the bank card given at sign-up, ending every session of the account', async () => {
    const laptop = freshClient();
    const person = await signUpSeeker(laptop);
    await laptop.login('seeker', person.idNumber, person.password);
    const guesser = freshClient();
    for (let i = 0; i < THROTTLE.failuresBeforeLock; i++)
      await guesser.login('seeker', person.idNumber, '000001');

    const owner = freshClient();
    const wrong = await owner.post('/api/seeker/password-reset/verify', {
      idNumber: person.idNumber,
      route: 'bank_card',
      bankCard: '6200000000000005',
    });
    expect(wrong.body).toMatchObject({ code: 'IDENTITY_MISMATCH', message: '银行卡号与注册时登记的不一致' });
    const verified = await owner.post('/api/seeker/password-reset/verify', {
      idNumber: person.idNumber,
      route: 'bank_card',
      bankCard: BANK_CARD,
    });
    const reset = await owner.post('/api/seeker/password-reset', {
      ticket: verified.body.ticket,
      password: '730419',
      confirmPassword: '730419',
    });
    expect(reset.body).toEqual({ ok: true, sessionsEnded: 1 });
    expect((await laptop.get('/api/auth/seeker/session')).status).toBe(401);
    expect((await owner.login('seeker', person.idNumber, '730419')).status).toBe(200);
  });

  it('sends nothing unless the mobile is the registered one, and answers the same either way', async () => {
    const person = await signUpSeeker(freshClient());
    const client = freshClient();
    const otherMobile = freshMobile();
    const sentBefore = t.sms.sent.length;
    const forWrongMobile = await client.post('/api/seeker/password-reset/sms-code', {
      idNumber: person.idNumber,
      mobile: otherMobile,
    });
    const forUnknownId = await client.post('/api/seeker/password-reset/sms-code', {
      idNumber: freshIdNumber(),
      mobile: person.mobile,
    });
    expect(forWrongMobile.status).toBe(200);
    expect(forWrongMobile.body).toEqual({
      mobileMasked: `${otherMobile.slice(0, 3)}****${otherMobile.slice(-4)}`,
      resendAfterSeconds: 60,
    });
    expect(forUnknownId.status).toBe(200);
    expect(t.sms.sent.length).toBe(sentBefore);

    const unknown = await client.post('/api/seeker/password-reset/verify', {
      idNumber: freshIdNumber(),
      route: 'sms',
      code: '123456',
    });
    expect(unknown.body).toMatchObject({
      code: 'SMS_CODE_INVALID',
      message: '短信验证码错误或已过期，请重新获取',
    });
  });

  it('refuses a spent or made-up ticket', async () => {
    const person = await signUpSeeker(freshClient());
    const client = freshClient();
    const { ticket } = (
      await client.post('/api/seeker/password-reset/verify', {
        idNumber: person.idNumber,
        route: 'bank_card',
        bankCard: BANK_CARD,
      })
    ).body;
    const body = { ticket, password: '730419', confirmPassword: '730419' };
    expect((await client.post('/api/seeker/password-reset', body)).status).toBe(200);
    const again = await client.post('/api/seeker/password-reset', body);
    expect(again.body).toMatchObject({ code: 'VERIFICATION_EXPIRED' });
    const madeUp = await client.post('/api/seeker/password-reset', { ...body, ticket: 'x'.repeat(43) });
    expect(madeUp.body).toMatchObject({ code: 'VERIFICATION_EXPIRED' });
  });
});

describe('[SEEKER] 该身份证号已注册 is throttled like a login (enumeration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  const claimFor = (idNumber: string) => ({
    route: 'bank_card',
    name: '李四海',
    idNumber,
    mobile: freshMobile(),
    bankCard: BANK_CARD,
  });

  it('answers one ID number at most 5 times in 15 minutes, from any address', async () => {
    const person = await signUpSeeker(new TestClient(t.app, '192.0.2.200'));
    const answers = [];
    for (let i = 0; i < THROTTLE.failuresBeforeLock + 1; i++) {
      const r = await new TestClient(t.app, `192.0.2.${210 + i}`).post(
        '/api/seeker/registration/verify',
        claimFor(person.idNumber),
      );
      answers.push(r.body.code);
    }
    expect(answers).toEqual([
      ...Array(THROTTLE.failuresBeforeLock).fill('ID_ALREADY_REGISTERED'),
      'RATE_LIMITED',
    ]);
  });

  it('shares the address budget of failed logins: 30 failures, then no more answers', async () => {
    const person = await signUpSeeker(new TestClient(t.app, '192.0.2.201'));
    const prober = new TestClient(t.app, '192.0.2.230');
    for (let i = 0; i < THROTTLE.ipFailuresPerWindow; i++)
      await prober.login('seeker', freshIdNumber('19800101'), '000001');
    const probe = await prober.post('/api/seeker/registration/verify', claimFor(person.idNumber));
    expect(probe.status).toBe(429);
    expect(probe.body.message).toMatch(/^注册尝试过于频繁，请\d+分钟后再试$/);

    // An address that probes registered numbers is charged for each "already registered".
    const other = new TestClient(t.app, '192.0.2.231');
    expect((await other.post('/api/seeker/registration/verify', claimFor(person.idNumber))).status).toBe(409);
    for (let i = 0; i < THROTTLE.ipFailuresPerWindow - 1; i++)
      expect((await other.login('seeker', freshIdNumber('19800101'), '000001')).status).toBe(401);
    expect((await other.login('seeker', freshIdNumber('19800101'), '000001')).status).toBe(429);
  });

  it('a new sign-up does not use the address budget', async () => {
    const client = new TestClient(t.app, '192.0.2.232');
    for (let i = 0; i < THROTTLE.ipFailuresPerWindow - 1; i++)
      await client.login('seeker', freshIdNumber('19800101'), '000001');
    await signUpSeeker(client);
    expect((await client.login('seeker', freshIdNumber('19800101'), '000001')).status).toBe(401);
  });
});

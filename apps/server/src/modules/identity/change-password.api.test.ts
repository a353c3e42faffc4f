import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { BANK_CARD, signUpSeeker } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { createStaffAccount } from '../../db/seed/accounts';

describe('[SEEKER] change password (seed 000 §八)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  async function loggedInSeeker() {
    const phone = new TestClient(t.app, '198.51.100.20');
    const person = await signUpSeeker(phone);
    await phone.login('seeker', person.idNumber, person.password);
    const laptop = new TestClient(t.app, '198.51.100.21');
    await laptop.login('seeker', person.idNumber, person.password);
    return { phone, laptop, person };
  }

  it('by SMS code to the registered mobile: new password works, old fails, other sessions end', async () => {
    const { phone, laptop, person } = await loggedInSeeker();
    const sent = await phone.post('/api/seeker/password/sms-code');
    expect(sent.body).toEqual({
      mobileMasked: `${person.mobile.slice(0, 3)}****${person.mobile.slice(-4)}`,
      resendAfterSeconds: 60,
    });
    const code = t.sms.lastCodeTo(person.mobile);
    expect(t.sms.sent.at(-1)!.text).toContain(`验证码${code}`);

    const wrong = await phone.post('/api/seeker/password/verify', {
      route: 'sms',
      code: code === '000000' ? '000001' : '000000',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ code: 'SMS_CODE_INVALID', message: '短信验证码错误，请重新输入' });

    const verified = await phone.post('/api/seeker/password/verify', { route: 'sms', code });
    expect(verified.status).toBe(200);
    const replay = await phone.post('/api/seeker/password/verify', { route: 'sms', code });
    expect(replay.body.code).toBe('SMS_CODE_INVALID');

    const weak = await phone.post('/api/seeker/password', {
      ticket: verified.body.ticket,
      password: '111111',
      confirmPassword: '111111',
    });
    expect(weak.status).toBe(400);
    const changed = await phone.post('/api/seeker/password', {
      ticket: verified.body.ticket,
      password: '730419',
      confirmPassword: '730419',
    });
    expect(changed.body).toEqual({ ok: true, sessionsEnded: 1 });

    expect((await phone.get('/api/auth/seeker/session')).status).toBe(200);
    expect((await laptop.get('/api/auth/seeker/session')).status).toBe(401);
    const other = new TestClient(t.app, '198.51.100.22');
    expect((await other.login('seeker', person.idNumber, person.password)).status).toBe(401);
    expect((await other.login('seeker', person.idNumber, '730419')).status).toBe(200);
  });

  it('refuses a second SMS within a minute', async () => {
    const { phone } = await loggedInSeeker();
    expect((await phone.post('/api/seeker/password/sms-code')).status).toBe(200);
    const again = await phone.post('/api/seeker/password/sms-code');
    expect(again.status).toBe(429);
    expect(again.body.message).toMatch(/^短信发送过于频繁，请\d+秒后再试$/);
  });

  it('by bank card: the registered card passes, another card does not', async () => {
    const { phone } = await loggedInSeeker();
    const wrong = await phone.post('/api/seeker/password/verify', {
      route: 'bank_card',
      bankCard: '6200000000000005',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({
      code: 'IDENTITY_MISMATCH',
      details: { fields: [{ field: 'bankCard' }] },
    });
    const right = await phone.post('/api/seeker/password/verify', {
      route: 'bank_card',
      bankCard: BANK_CARD,
    });
    expect(right.status).toBe(200);
  });

  it('a ticket is single-use and only for its own account', async () => {
    const a = await loggedInSeeker();
    const b = await loggedInSeeker();
    const ticket = (
      await a.phone.post('/api/seeker/password/verify', { route: 'bank_card', bankCard: BANK_CARD })
    ).body.ticket;
    const stolen = await b.phone.post('/api/seeker/password', {
      ticket,
      password: '730419',
      confirmPassword: '730419',
    });
    expect(stolen.status).toBe(400);
    expect(stolen.body.code).toBe('VERIFICATION_EXPIRED');
  });

  it('needs a login', async () => {
    const response = await new TestClient(t.app).post('/api/seeker/password/sms-code');
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ code: 'UNAUTHENTICATED', message: '请先登录' });
  });
});

describe('[CONSOLE] staff change password (old + new)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
    await createStaffAccount(t.app.ctx, {
      role: 'centre_staff',
      loginName: 'centre.test',
      displayName: '中心',
      password: 'Initial#2026',
      districtCode: '310104',
      mustChangePassword: true,
    });
  });
  afterAll(() => t.close());

  it('an initial password must be changed before anything else, and the change ends other sessions', async () => {
    const desk = new TestClient(t.app, '192.0.2.10');
    const login = await desk.login('centre', 'centre.test', 'Initial#2026');
    expect(login.body.account).toMatchObject({
      mustChangePassword: true,
      organisation: { kind: 'district', name: '徐汇区就业促进中心' },
    });
    const other = new TestClient(t.app, '192.0.2.11');
    await other.login('centre', 'centre.test', 'Initial#2026');

    const weak = await desk.post('/api/auth/centre/password', {
      oldPassword: 'Initial#2026',
      password: 'abcdefgh',
      confirmPassword: 'abcdefgh',
    });
    expect(weak.status).toBe(400);
    const wrongOld = await desk.post('/api/auth/centre/password', {
      oldPassword: 'nope',
      password: 'Better#2026',
      confirmPassword: 'Better#2026',
    });
    expect(wrongOld.body).toMatchObject({ code: 'PASSWORD_INCORRECT', message: '原密码不正确' });
    const changed = await desk.post('/api/auth/centre/password', {
      oldPassword: 'Initial#2026',
      password: 'Better#2026',
      confirmPassword: 'Better#2026',
    });
    expect(changed.body).toEqual({ ok: true, sessionsEnded: 1 });
    expect((await desk.get('/api/auth/centre/session')).body.account.mustChangePassword).toBe(false);
    expect((await other.get('/api/auth/centre/session')).status).toBe(401);
  });
});

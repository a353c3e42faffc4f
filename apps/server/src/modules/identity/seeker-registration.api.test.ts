import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { BANK_CARD, freshIdNumber, freshMobile, signUpSeeker } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { rowsOf } from '../../lib/sql-rows';

describe('[SEEKER] sign-up (seed 000 §一)', () => {
  let t: TestApp;
  let client: TestClient;
  beforeAll(async () => {
    t = await buildTestApp();
    client = new TestClient(t.app);
  });
  afterAll(() => t.close());

  const claim = (overrides: Record<string, string> = {}) => ({
    route: 'bank_card',
    name: '王小红',
    idNumber: freshIdNumber(),
    mobile: freshMobile(),
    bankCard: BANK_CARD,
    ...overrides,
  });

  async function seekerCount() {
    return Number(
      rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from seekers`))[0]!.n,
    );
  }

  it('refuses a wrong check digit with the field and a Chinese reason, and creates nothing', async () => {
    const before = await seekerCount();
    const response = await client.post(
      '/api/seeker/registration/verify',
      claim({ idNumber: '310101199101130039' }),
    );
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.fields).toEqual([
      { field: 'idNumber', reason: expect.stringContaining('校验') },
    ]);
    expect(await seekerCount()).toBe(before);
  });

  it('refuses an impossible birth date and anyone under 16', async () => {
    const badDate = await client.post(
      '/api/seeker/registration/verify',
      claim({ idNumber: '310101199002300000' }),
    );
    expect(badDate.status).toBe(400);
    const young = freshIdNumber(`${new Date().getFullYear() - 15}0101`);
    const tooYoung = await client.post('/api/seeker/registration/verify', claim({ idNumber: young }));
    expect(tooYoung.status).toBe(400);
    expect(tooYoung.body.details.fields[0]).toEqual({ field: 'idNumber', reason: '未满16周岁，不能注册' });
  });

  it('refuses a bad mobile and a bad bank card by field', async () => {
    const mobile = await client.post('/api/seeker/registration/verify', claim({ mobile: '12038389438' }));
    expect(mobile.body.details.fields[0].field).toBe('mobile');
    const card = await client.post('/api/seeker/registration/verify', claim({ bankCard: '1234' }));
    expect(card.body.details.fields[0].field).toBe('bankCard');
  });

  it('verifies, then sets a 6-digit password entered twice, and shows the masked ID', async () => {
    const person = claim();
    const verified = await client.post('/api/seeker/registration/verify', person);
    expect(verified.status).toBe(200);
    expect(verified.body.idNumberMasked).toBe(
      `${person.idNumber.slice(0, 4)}**********${person.idNumber.slice(-4)}`,
    );
    expect(verified.body.verifier.notice).toContain('未向银行、支付宝或人脸识别服务核实本人身份');

    const notSixDigits = await client.post('/api/seeker/registration/complete', {
      ticket: verified.body.ticket,
      password: '58204a',
      confirmPassword: '58204a',
    });
    expect(notSixDigits.status).toBe(400);
    expect(notSixDigits.body.message).toBe('密码只能是6位数字');

    const mismatch = await client.post('/api/seeker/registration/complete', {
      ticket: verified.body.ticket,
      password: '582046',
      confirmPassword: '582047',
    });
    expect(mismatch.body.details.fields).toEqual([
      { field: 'confirmPassword', reason: '两次输入的密码不一致' },
    ]);

    const weak = await client.post('/api/seeker/registration/complete', {
      ticket: verified.body.ticket,
      password: '123456',
      confirmPassword: '123456',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.details.fields[0].field).toBe('password');

    const done = await client.post('/api/seeker/registration/complete', {
      ticket: verified.body.ticket,
      password: '582046',
      confirmPassword: '582046',
    });
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ idNumberMasked: verified.body.idNumberMasked, surname: '王' });

    const reused = await client.post('/api/seeker/registration/complete', {
      ticket: verified.body.ticket,
      password: '582046',
      confirmPassword: '582046',
    });
    expect(reused.status).toBe(410);
    expect(reused.body.code).toBe('REGISTRATION_EXPIRED');
  });

  it('stores ID, mobile and bank card encrypted, never in plain text', async () => {
    const person = await signUpSeeker(client);
    const dump = JSON.stringify(rowsOf(await t.database.db.execute(sql`select * from seekers`)));
    expect(dump).not.toContain(person.idNumber);
    expect(dump).not.toContain(person.mobile);
    expect(dump).not.toContain(BANK_CARD);
    expect(dump).toContain(`${person.idNumber.slice(0, 4)}**********${person.idNumber.slice(-4)}`);
  });

  it('refuses a second sign-up with the same ID number', async () => {
    const person = await signUpSeeker(client);
    const again = await client.post('/api/seeker/registration/verify', claim({ idNumber: person.idNumber }));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'ID_ALREADY_REGISTERED',
      message: '该身份证号已注册，请直接登录',
    });
  });

  it('logs in with ID number + password; the account shows the surname and the masked ID only', async () => {
    const person = await signUpSeeker(client, { name: '欧阳娜娜' });
    const login = await client.login('seeker', person.idNumber.toLowerCase(), person.password);
    expect(login.status).toBe(200);
    expect(login.body.account).toMatchObject({ role: 'seeker', surname: '欧阳', displayName: '欧阳娜娜' });
    expect(JSON.stringify(login.body)).not.toContain(person.idNumber);
    const session = await client.get('/api/auth/seeker/session');
    expect(session.body.account.idNumberMasked).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
  });
});

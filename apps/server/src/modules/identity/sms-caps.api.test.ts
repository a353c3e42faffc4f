import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { freshMobile, signUpSeeker } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { issueCaptcha } from '../employer-registration/captcha';
import { SMS_CODE } from './send-sms-code';

// Issue 10, defect 11: one address got 25 codes for 25 numbers. The caps per client address hold
// across every number and every purpose (docs/decisions/015-sms-caps-lockout-and-staff-mobiles.md).
describe('[PUBLIC] SMS codes are capped per client address across numbers and purposes', () => {
  let t: TestApp;
  let captchaAddress = 0;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  /** 获取验证码 on the employer sign-up, with a right picture captcha (issued elsewhere, so its own cap stays out of it). */
  async function registrationCode(client: TestClient, mobile = freshMobile()) {
    captchaAddress += 1;
    const { captchaId, answer } = await issueCaptcha(t.app.ctx, { ip: `192.0.2.${captchaAddress % 250}` });
    return client.post('/api/public/employer-registration/sms-code', { mobile, captchaId, captcha: answer });
  }
  const startHourAgain = (ip: string) =>
    t.database.db.execute(
      sql`update rate_counters set window_started_at = now() - interval '61 minutes' where key = ${`sms-ip-hour:${ip}`}`,
    );

  it('sends 10 an hour from one address, counting the seeker password code too; the 11th number is refused', async () => {
    const client = new TestClient(t.app, '203.0.113.150');
    const person = await signUpSeeker(client);
    await client.login('seeker', person.idNumber, person.password);
    for (let i = 0; i < SMS_CODE.perClientHour - 1; i++)
      expect((await registrationCode(client)).status).toBe(200);
    expect((await client.post('/api/seeker/password/sms-code')).status).toBe(200);

    const sentBefore = t.sms.sent.length;
    const refused = await registrationCode(client);
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('RATE_LIMITED');
    expect(refused.body.message).toMatch(/^获取验证码过于频繁，请\d+分钟后再试$/);
    expect(t.sms.sent.length).toBe(sentBefore);

    expect((await registrationCode(new TestClient(t.app, '203.0.113.151'))).status).toBe(200);
  });

  it('keeps the per-number limits, counts only codes sent, and stops an address at 30 a day', async () => {
    const ip = '203.0.113.160';
    const client = new TestClient(t.app, ip);
    const mobile = freshMobile();
    expect((await registrationCode(client, mobile)).status).toBe(200);
    for (let i = 0; i < 3; i++) {
      const again = await registrationCode(client, mobile);
      expect(again.status).toBe(429);
      expect(again.body.message).toMatch(/^短信发送过于频繁，请\d+秒后再试$/);
    }
    // The three refusals used none of the address's hour: nine more numbers still get a code.
    for (let i = 0; i < SMS_CODE.perClientHour - 1; i++)
      expect((await registrationCode(client)).status).toBe(200);

    for (let hour = 1; hour < SMS_CODE.perClientDay / SMS_CODE.perClientHour; hour++) {
      await startHourAgain(ip);
      for (let i = 0; i < SMS_CODE.perClientHour; i++)
        expect((await registrationCode(client)).status).toBe(200);
    }
    await startHourAgain(ip);
    const sentBefore = t.sms.sent.length;
    const refused = await registrationCode(client);
    expect(refused.status).toBe(429);
    expect(refused.body.message).toMatch(/^获取验证码过于频繁，请\d+分钟后再试$/);
    expect(refused.body.details.retryAfterSeconds).toBeGreaterThan(3600);
    expect(t.sms.sent.length).toBe(sentBefore);
  });
});

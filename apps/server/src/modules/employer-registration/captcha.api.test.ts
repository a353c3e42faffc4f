import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { freshMobile } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { captchaChallenges } from '../../db/schema';
import { checkCaptcha, issueCaptcha } from './captcha';

describe('[PUBLIC] picture captcha and registration SMS code (seed 002 步骤二)', () => {
  let t: TestApp;
  let client: TestClient;
  beforeAll(async () => {
    t = await buildTestApp();
    client = new TestClient(t.app, '192.0.2.31');
  });
  afterAll(() => t.close());

  const svgOf = (image: string) =>
    Buffer.from(image.replace(/^data:image\/svg\+xml;base64,/, ''), 'base64').toString('utf8');
  const refusal = (promise: Promise<unknown>) =>
    expect(promise).rejects.toMatchObject({ code: 'CAPTCHA_INVALID' });

  it('answers an SVG data URL that does not hold the answer as text', async () => {
    const response = await client.post('/api/public/captcha');
    expect(response.status).toBe(200);
    expect(Object.keys(response.body).sort()).toEqual(['captchaId', 'image']);
    expect(response.body.image).toMatch(/^data:image\/svg\+xml;base64,/);
    const svg = svgOf(response.body.image);
    expect(svg).toMatch(/^<svg [^>]*>.*<path .*<\/svg>$/);
    expect(svg).not.toContain('<text');

    for (let i = 0; i < 5; i++) {
      const { image, answer } = await issueCaptcha(t.app.ctx, { ip: '192.0.2.32' });
      expect(answer).toMatch(/^[2-9A-HJ-NP-Y]{4}$/);
      expect(svgOf(image).toUpperCase()).not.toContain(answer);
    }
  });

  it('passes a right answer once, in any case, and refuses it the second time', async () => {
    const { captchaId, answer } = await issueCaptcha(t.app.ctx, { ip: '192.0.2.32' });
    await expect(
      checkCaptcha(t.app.ctx, { captchaId, answer: answer.toLowerCase() }),
    ).resolves.toBeUndefined();
    await refusal(checkCaptcha(t.app.ctx, { captchaId, answer }));
  });

  it('is spoiled by three wrong answers, even for the right one after', async () => {
    const { captchaId, answer } = await issueCaptcha(t.app.ctx, { ip: '192.0.2.32' });
    for (let i = 0; i < 3; i++) await refusal(checkCaptcha(t.app.ctx, { captchaId, answer: 'ZZZZ' }));
    await refusal(checkCaptcha(t.app.ctx, { captchaId, answer }));
    const [row] = await t.database.db.select().from(captchaChallenges).where(sql`id = ${captchaId}`);
    expect(row).toMatchObject({ attempts: 3, consumedAt: null });
  });

  it('refuses an expired captcha and an unknown id', async () => {
    const { captchaId, answer } = await issueCaptcha(t.app.ctx, { ip: '192.0.2.32' });
    await t.database.db
      .update(captchaChallenges)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(sql`id = ${captchaId}`);
    await refusal(checkCaptcha(t.app.ctx, { captchaId, answer }));
    await refusal(checkCaptcha(t.app.ctx, { captchaId: 'not-a-captcha', answer }));
  });

  it('limits issuing to 30 a minute per address', async () => {
    const other = new TestClient(t.app, '192.0.2.33');
    for (let i = 0; i < 30; i++) expect((await other.post('/api/public/captcha')).status).toBe(200);
    const limited = await other.post('/api/public/captcha');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect((await client.post('/api/public/captcha')).status).toBe(200);
  });

  it('sends no SMS without a right captcha, and uses up the captcha it was given', async () => {
    const mobile = freshMobile();
    const sentBefore = t.sms.sent.length;
    const { captchaId, answer } = await issueCaptcha(t.app.ctx, { ip: '192.0.2.32' });
    const wrong = await client.post('/api/public/employer-registration/sms-code', {
      mobile,
      captchaId,
      captcha: answer === '2222' ? '3333' : '2222',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({
      code: 'CAPTCHA_INVALID',
      message: '图形验证码错误或已过期，请刷新后重试',
      details: { fields: [{ field: 'captcha', reason: '图形验证码错误或已过期，请刷新后重试' }] },
    });
    const missing = await client.post('/api/public/employer-registration/sms-code', { mobile, captchaId });
    expect(missing.status).toBe(400);
    expect(missing.body.details.fields[0].field).toBe('captcha');
    expect(t.sms.sent.length).toBe(sentBefore);

    const sent = await client.post('/api/public/employer-registration/sms-code', {
      mobile,
      captchaId,
      captcha: answer,
    });
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({
      mobileMasked: `${mobile.slice(0, 3)}****${mobile.slice(-4)}`,
      resendAfterSeconds: 60,
    });
    expect(t.sms.sent.length).toBe(sentBefore + 1);
    expect(t.sms.sent.at(-1)!.text).toContain('您正在注册开放招聘单位账号');
    expect(t.sms.lastCodeTo(mobile)).toMatch(/^\d{6}$/);

    const replay = await client.post('/api/public/employer-registration/sms-code', {
      mobile: freshMobile(),
      captchaId,
      captcha: answer,
    });
    expect(replay.body.code).toBe('CAPTCHA_INVALID');
    expect(t.sms.sent.length).toBe(sentBefore + 1);
  });

  it('refuses a bad mobile by field, and a second code within 60 seconds', async () => {
    const first = await issueCaptcha(t.app.ctx, { ip: '192.0.2.32' });
    const badMobile = await client.post('/api/public/employer-registration/sms-code', {
      mobile: '12038389438',
      captchaId: first.captchaId,
      captcha: first.answer,
    });
    expect(badMobile.status).toBe(400);
    expect(badMobile.body.details.fields[0].field).toBe('mobile');

    const mobile = freshMobile();
    const send = async () => {
      const { captchaId, answer } = await issueCaptcha(t.app.ctx, { ip: '192.0.2.32' });
      return client.post('/api/public/employer-registration/sms-code', {
        mobile,
        captchaId,
        captcha: answer,
      });
    };
    expect((await send()).status).toBe(200);
    const sentBefore = t.sms.sent.length;
    const again = await send();
    expect(again.status).toBe(429);
    expect(again.body.message).toMatch(/^短信发送过于频繁，请\d+秒后再试$/);
    expect(t.sms.sent.length).toBe(sentBefore);
  });
});

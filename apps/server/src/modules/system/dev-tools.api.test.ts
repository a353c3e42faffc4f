import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { TestClient } from '../../../test/http-client';

describe('developer aids of the embedded setup', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('/dev/captcha answers a captcha issued by this server, and only that', async () => {
    const client = new TestClient(t.app);
    const issued = await client.post('/api/public/captcha');
    const dev = await client.get(`/dev/captcha/${issued.body.captchaId}`);
    expect(dev.body.answer).toMatch(/^[2-9A-Z]{4}$/);
    expect((await client.get('/dev/captcha/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});

describe('with a real SMS provider', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ sms: { kind: 'aliyun', send: async () => undefined } });
  });
  afterAll(() => t.close());

  it('neither /dev/sms nor /dev/captcha exists', async () => {
    const client = new TestClient(t.app);
    const issued = await client.post('/api/public/captcha');
    expect((await client.get('/dev/sms')).status).toBe(404);
    expect((await client.get(`/dev/captcha/${issued.body.captchaId}`)).status).toBe(404);
  });
});

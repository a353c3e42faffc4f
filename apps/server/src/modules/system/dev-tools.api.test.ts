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

  it('/dev/mail lists a sent e-mail, address masked, attachments by name and size', async () => {
    await t.app.ctx.providers.mail.send({
      to: 'zhang.san@example.com',
      subject: '电子发票',
      text: '您申请的发票已开具，见附件。',
      attachments: [{ filename: '发票.pdf', contentType: 'application/pdf', content: Buffer.alloc(1234) }],
    });
    const client = new TestClient(t.app);
    const outbox = await client.get('/dev/mail', { accept: 'application/json' });
    expect(outbox.body).toEqual([
      expect.objectContaining({
        to: 'z***@example.com',
        subject: '电子发票',
        text: '您申请的发票已开具，见附件。',
        attachments: [{ filename: '发票.pdf', contentType: 'application/pdf', size: 1234 }],
      }),
    ]);
    const page = await client.get('/dev/mail');
    expect(page.body).toContain('z***@example.com');
    expect(page.body).not.toContain('zhang.san@example.com');
  });
});

describe('with a real SMS provider', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ sms: { kind: 'aliyun', send: async () => undefined } });
  });
  afterAll(() => t.close());

  it('neither /dev/sms, /dev/mail nor /dev/captcha exists', async () => {
    const client = new TestClient(t.app);
    const issued = await client.post('/api/public/captcha');
    expect((await client.get('/dev/sms')).status).toBe(404);
    expect((await client.get('/dev/mail')).status).toBe(404);
    expect((await client.get(`/dev/captcha/${issued.body.captchaId}`)).status).toBe(404);
  });
});

describe('with the developer aids turned off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { DEV_TOOLS: 'false' } });
  });
  afterAll(() => t.close());

  it('/dev/mail does not exist, though the outbox keeps the mail', async () => {
    await t.app.ctx.providers.mail.send({ to: 'li@example.com', subject: '电子发票', text: '见附件' });
    expect((await new TestClient(t.app).get('/dev/mail')).status).toBe(404);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { mailOutbox } from '../../db/schema';

describe('the mail outbox (MAIL_PROVIDER=outbox)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('stores a sent e-mail with the address masked and hashed, the text whole and no attachment bytes', async () => {
    const pdf = Buffer.from('%PDF-1.7 an invoice');
    expect(t.app.ctx.providers.mail.kind).toBe('outbox');
    await t.app.ctx.providers.mail.send({
      to: 'Wang.Wu@Example.com',
      subject: '开放招聘 电子发票',
      text: '您好：\n您申请的发票已开具，见附件。',
      attachments: [{ filename: 'invoice.pdf', contentType: 'application/pdf', content: pdf }],
    });
    const rows = await t.database.db.select().from(mailOutbox);
    expect(rows).toEqual([
      {
        id: expect.any(String),
        toMasked: 'W***@Example.com',
        toHash: t.app.ctx.cipher.lookupHash('email', 'wang.wu@example.com'),
        subject: '开放招聘 电子发票',
        body: '您好：\n您申请的发票已开具，见附件。',
        attachments: [{ filename: 'invoice.pdf', contentType: 'application/pdf', size: pdf.length }],
        createdAt: expect.any(Date),
      },
    ]);
    expect(JSON.stringify(rows)).not.toContain('Wang.Wu@');
  });
});

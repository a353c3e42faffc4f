import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import {
  createRechargeOrder,
  createSignedInEmployer,
  createSignedInOperator,
  createTestCompany,
} from '../../../test/factories';
import { freshCreditCode, multipart } from '../../../test/factories/onboarding';
import { invoiceOrders, invoices, mailOutbox, securityEvents } from '../../db/schema';
import { MailDeliveryError, type MailProvider } from '../../providers/mail/mail-provider';

const PDF = (label: string) =>
  Buffer.from(`%PDF-1.7\n% ${label}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`);
let invoiceNumber = 26_312_000_000_000_000_000n;
const nextInvoiceNo = () => {
  invoiceNumber += 1n;
  return String(invoiceNumber);
};

describe('开具发票 and 发票管理 (/api/employer/invoices, /api/ops/invoices)', () => {
  let t: TestApp;
  let ops: Awaited<ReturnType<typeof createSignedInOperator>>;
  beforeAll(async () => {
    t = await buildTestApp();
    ops = await createSignedInOperator(t.app, { loginName: 'invoice-ops', ip: '198.51.100.211' });
  });
  afterAll(() => t.close());

  const request = (
    hr: Awaited<ReturnType<typeof createSignedInEmployer>>,
    orderIds: string[],
    extra: Record<string, unknown> = {},
    key = randomUUID(),
  ) =>
    hr.client.post(
      '/api/employer/invoices',
      { orderIds, kind: 'normal', buyerTaxNo: freshCreditCode(), email: 'Finance@Example.com', ...extra },
      { 'idempotency-key': key },
    );

  const uploadPdf = async (label: string) => {
    const { payload, headers } = multipart(PDF(label), `${label}.pdf`, 'application/pdf');
    const uploaded = await ops.client.post('/api/ops/invoices/files', payload, headers);
    expect(uploaded.body).toMatchObject({ fileId: expect.any(String) });
    return uploaded.body.fileId as string;
  };

  const issue = async (invoice: { id: string }) => {
    const review = await reviewOf(invoice.id);
    const invoiceNo = nextInvoiceNo();
    const decided = await ops.client.post(`/api/ops/reviews/${review.id}/decision`, {
      decision: 'approve',
      details: { invoiceNo, fileId: await uploadPdf(invoiceNo) },
    });
    expect(decided.status).toBe(200);
    return invoiceNo;
  };

  const reviewOf = async (invoiceId: string) => {
    const queue = await ops.client.get('/api/ops/reviews?kind=invoice&state=pending&pageSize=50');
    const found = queue.body.items.find((item: { subjectId: string }) => item.subjectId === invoiceId);
    if (!found) throw new Error('the invoice request is not in the queue');
    return found as { id: string };
  };

  const opsInvoice = async (id: string) => {
    const [row] = await t.database.db.select().from(invoices).where(eq(invoices.id, id));
    return row?.state;
  };

  it('invoices two paid recharges once: the request, its retry, the 开票 with number and PDF, the mail and the download', async () => {
    const first = await createRechargeOrder(t.app, { points: 300, paid: true });
    const second = await createRechargeOrder(t.app, { points: 200, paid: true, by: first });
    const { hr } = first;

    const options = await hr.client.get('/api/employer/invoices/options');
    expect(options.status).toBe(200);
    expect(options.body.buyerName).toBe(first.company.name);
    expect(options.body.orders.map((order: { id: string }) => order.id).sort()).toEqual(
      [first.order.id, second.order.id].sort(),
    );

    const key = randomUUID();
    const requested = await request(hr, [first.order.id, second.order.id], { remark: '请尽快开具' }, key);
    expect(requested.status).toBe(200);
    expect(requested.body).toMatchObject({
      state: 'requested',
      kind: 'normal',
      amountFen: 50_000,
      emailMasked: expect.stringMatching(/^f\*+@example\.com$/),
      remark: '请尽快开具',
    });
    expect(requested.body.orders).toHaveLength(2);
    // The address is kept encrypted.
    const [stored] = await t.database.db.select().from(invoices).where(eq(invoices.id, requested.body.id));
    expect(stored!.emailEnc).not.toContain('example.com');

    // A retry answers the same invoice; the key with other orders is refused; the orders are taken.
    const retry = await request(hr, [second.order.id, first.order.id], {}, key);
    expect(retry.body.id).toBe(requested.body.id);
    const third = await createRechargeOrder(t.app, { points: 100, paid: true, by: first });
    const reused = await request(hr, [third.order.id], {}, key);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const taken = await request(hr, [first.order.id]);
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('ORDER_NOT_INVOICEABLE');
    const left = await hr.client.get('/api/employer/invoices/options');
    expect(left.body.orders.map((order: { id: string }) => order.id)).toEqual([third.order.id]);

    // The operator's queue shows the request; 开票 checks the number and the PDF.
    const review = await reviewOf(requested.body.id);
    const detail = await ops.client.get(`/api/ops/reviews/${review.id}`);
    expect(JSON.stringify(detail.body.view)).toContain('¥500.00');
    const badNumber = await ops.client.post(`/api/ops/reviews/${review.id}/decision`, {
      decision: 'approve',
      details: { invoiceNo: '123', fileId: randomUUID() },
    });
    expect(badNumber.status).toBe(400);
    expect(badNumber.body.details.fields[0].field).toBe('details.invoiceNo');
    const notUploaded = await ops.client.post(`/api/ops/reviews/${review.id}/decision`, {
      decision: 'approve',
      details: { invoiceNo: nextInvoiceNo(), fileId: randomUUID() },
    });
    expect(notUploaded.status).toBe(400);
    expect(notUploaded.body.details.fields[0].field).toBe('details.fileId');
    expect(await opsInvoice(requested.body.id)).toBe('requested');
    const png = multipart(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]), 'a.png');
    const refusedUpload = await ops.client.post('/api/ops/invoices/files', png.payload, png.headers);
    expect(refusedUpload.body.code).toBe('FILE_TYPE_NOT_ALLOWED');

    const mailsBefore = (await t.database.db.select().from(mailOutbox)).length;
    const invoiceNo = await issue(requested.body);
    const list = await hr.client.get('/api/employer/invoices');
    expect(list.body.items[0]).toMatchObject({
      id: requested.body.id,
      state: 'sent',
      invoiceNo,
      hasFile: true,
    });
    const mails = await t.database.db.select().from(mailOutbox);
    expect(mails).toHaveLength(mailsBefore + 1);
    const mail = mails.find((row) => row.subject.includes(invoiceNo))!;
    expect(mail.toMasked).toMatch(/^f\*+@example\.com$/);
    expect(mail.body).toContain('¥500.00');
    expect(mail.attachments).toEqual([
      { filename: `发票-${invoiceNo}.pdf`, contentType: 'application/pdf', size: PDF(invoiceNo).length },
    ]);
    const download = await hr.client.get(`/api/employer/invoices/${requested.body.id}/file`);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.body).toBe(PDF(invoiceNo).toString());
    const notice = await hr.client.get('/api/employer/notifications');
    expect(JSON.stringify(notice.body)).toContain('开票申请已通过');

    // The same number cannot be recorded on another invoice.
    const another = await request(hr, [third.order.id]);
    const anotherReview = await reviewOf(another.body.id);
    const duplicate = await ops.client.post(`/api/ops/reviews/${anotherReview.id}/decision`, {
      decision: 'approve',
      details: { invoiceNo, fileId: await uploadPdf('duplicate') },
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('INVOICE_NO_TAKEN');

    // Another company sees none of it.
    const stranger = await createSignedInEmployer(t.app, (await createTestCompany(t.database.db)).id);
    expect((await stranger.client.get(`/api/employer/invoices/${requested.body.id}/file`)).status).toBe(404);
    expect((await stranger.client.get('/api/employer/invoices')).body.total).toBe(0);
    expect((await request(stranger, [third.order.id])).status).toBe(404);
  });

  it('checks what it is given: 专票 details, the tax number, the address, an unpaid order', async () => {
    const { hr, order } = await createRechargeOrder(t.app, { points: 100, paid: true });
    const special = await request(hr, [order.id], { kind: 'special' });
    expect(special.status).toBe(400);
    expect(special.body.details.fields.map((field: { field: string }) => field.field).sort()).toEqual([
      'buyerAddressPhone',
      'buyerBankAccount',
    ]);
    const badTax = await request(hr, [order.id], { buyerTaxNo: '91310000MA1FL4UJ3Y' });
    expect(badTax.body.details.fields[0]).toMatchObject({ field: 'buyerTaxNo' });
    const badMail = await request(hr, [order.id], { email: 'finance@' });
    expect(badMail.body.details.fields[0]).toMatchObject({ field: 'email', reason: '邮箱地址格式不正确' });
    const noKey = await hr.client.post('/api/employer/invoices', {
      orderIds: [order.id],
      kind: 'normal',
      buyerTaxNo: freshCreditCode(),
      email: 'a@example.com',
    });
    expect(noKey.status).toBe(400);
    const unpaid = await hr.client.post(
      '/api/employer/points/recharges',
      { points: 50, agreed: true },
      { 'idempotency-key': randomUUID() },
    );
    const refused = await request(hr, [unpaid.body.id]);
    expect(refused.body.code).toBe('ORDER_NOT_INVOICEABLE');
    expect(
      await t.database.db.select().from(invoiceOrders).where(eq(invoiceOrders.orderId, unpaid.body.id)),
    ).toEqual([]);
    // A 专票 with its details is accepted, those details kept.
    const ok = await request(hr, [order.id], {
      kind: 'special',
      buyerAddressPhone: '上海市黄浦区人民大道200号 021-63210000',
      buyerBankAccount: '中国工商银行上海分行 1001234509000123456',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.kind).toBe('special');
  });

  it('makes one invoice when ten requests name the same order at once', async () => {
    const { hr, order } = await createRechargeOrder(t.app, { points: 100, paid: true });
    const answers = await Promise.all(Array.from({ length: 10 }, () => request(hr, [order.id])));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    expect(answers.filter((answer) => answer.body.code === 'ORDER_NOT_INVOICEABLE')).toHaveLength(9);
    const covering = await t.database.db
      .select()
      .from(invoiceOrders)
      .where(eq(invoiceOrders.orderId, order.id));
    expect(covering).toHaveLength(1);
  });

  it('驳回 frees the orders for another request', async () => {
    const { hr, order } = await createRechargeOrder(t.app, { points: 100, paid: true });
    const requested = await request(hr, [order.id]);
    const review = await reviewOf(requested.body.id);
    const rejected = await ops.client.post(`/api/ops/reviews/${review.id}/decision`, {
      decision: 'reject',
      reason: '纳税人识别号与单位不符',
    });
    expect(rejected.status).toBe(200);
    const list = await hr.client.get('/api/employer/invoices');
    expect(list.body.items[0]).toMatchObject({ state: 'rejected', rejectReason: '纳税人识别号与单位不符' });
    const again = await request(hr, [order.id]);
    expect(again.status).toBe(200);
  });

  it('a refund waits for a pending request, puts an issued invoice to 待红冲, and 红冲 frees the other orders', async () => {
    const first = await createRechargeOrder(t.app, { points: 300, paid: true });
    const second = await createRechargeOrder(t.app, { points: 100, paid: true, by: first });
    const { hr } = first;
    const requested = await request(hr, [first.order.id, second.order.id]);

    const early = await ops.client.post(`/api/ops/orders/${first.order.id}/refund`, {
      reason: '单位申请退款',
    });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('INVOICE_PENDING_ON_ORDER');

    const invoiceNo = await issue(requested.body);
    const refunded = await ops.client.post(`/api/ops/orders/${first.order.id}/refund`, {
      reason: '单位申请退款',
    });
    expect(refunded.status).toBe(200);
    const held = await ops.client.get('/api/ops/invoices?state=reversal_pending');
    const item = held.body.items.find((row: { id: string }) => row.id === requested.body.id);
    expect(item).toMatchObject({
      invoiceNo,
      reversalReason: expect.stringContaining(first.order.outTradeNo),
    });
    // Still covered until the 红字发票 is recorded.
    expect((await hr.client.get('/api/employer/invoices/options')).body.orders).toEqual([]);

    const sameNumber = await ops.client.post(`/api/ops/invoices/${requested.body.id}/reversal`, {
      redInvoiceNo: invoiceNo,
      fileId: await uploadPdf('red-same'),
    });
    expect(sameNumber.body.code).toBe('INVOICE_NO_TAKEN');
    const redNo = nextInvoiceNo();
    const reversed = await ops.client.post(`/api/ops/invoices/${requested.body.id}/reversal`, {
      redInvoiceNo: redNo,
      fileId: await uploadPdf(redNo),
    });
    expect(reversed.status).toBe(200);
    expect(reversed.body).toMatchObject({ state: 'reversed', redInvoiceNo: redNo, hasRedFile: true });
    const twice = await ops.client.post(`/api/ops/invoices/${requested.body.id}/reversal`, {
      redInvoiceNo: nextInvoiceNo(),
      fileId: await uploadPdf('twice'),
    });
    expect(twice.status).toBe(409);

    // The unrefunded order may be invoiced again; the refunded one may not.
    const options = await hr.client.get('/api/employer/invoices/options');
    expect(options.body.orders.map((order: { id: string }) => order.id)).toEqual([second.order.id]);
    const redMail = (await t.database.db.select().from(mailOutbox)).find((row) =>
      row.subject.includes(redNo),
    );
    expect(redMail?.attachments[0]?.filename).toBe(`红字发票-${redNo}.pdf`);
    const red = await hr.client.get(`/api/employer/invoices/${requested.body.id}/red-file`);
    expect(red.body).toBe(PDF(redNo).toString());
    const opsRed = await ops.client.get(`/api/ops/invoices/${requested.body.id}/red-file`);
    expect(opsRed.status).toBe(200);
  });

  it('keeps an invoice 已开票 when the mail fails, and 重新发送 sends it', async () => {
    const { hr, order } = await createRechargeOrder(t.app, { points: 100, paid: true });
    const requested = await request(hr, [order.id]);
    const providers = t.app.ctx.providers as { mail: MailProvider };
    const working = providers.mail;
    providers.mail = {
      kind: 'smtp',
      send: async () => {
        throw new MailDeliveryError('邮件服务器拒绝了连接');
      },
    };
    try {
      await issue(requested.body);
      const failed = await ops.client.get(`/api/ops/invoices?keyword=${order.outTradeNo}`);
      expect(failed.body.items[0]).toMatchObject({ state: 'issued', sendError: '邮件服务器拒绝了连接' });
      const stillFailing = await ops.client.post(`/api/ops/invoices/${requested.body.id}/resend`);
      expect(stillFailing.status).toBe(502);
      expect(stillFailing.body.code).toBe('MAIL_DELIVERY_FAILED');
    } finally {
      providers.mail = working;
    }
    const resent = await ops.client.post(`/api/ops/invoices/${requested.body.id}/resend`);
    expect(resent.status).toBe(200);
    expect(resent.body).toMatchObject({ state: 'sent', sendError: null });
    const events = await t.database.db
      .select({ kind: securityEvents.kind })
      .from(securityEvents)
      .where(sql`${securityEvents.detail}->>'invoiceId' = ${requested.body.id}`);
    expect(events.map((event) => event.kind)).toContain('invoice_mailed');
  });
});

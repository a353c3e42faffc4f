import fastifyMultipart from '@fastify/multipart';
import {
  EmployerInvoice,
  EmployerInvoicePage,
  EmployerInvoiceQuery,
  IdempotencyHeaders,
  InvoiceOptions,
  InvoiceRequestInput,
  InvoiceReversalInput,
  OpsInvoice,
  OpsInvoicePage,
  OpsInvoiceQuery,
} from '@openrecruit/shared';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { readUpload } from '../../lib/read-upload';
import { requireCompanyMember, requireOperator } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { ErrorResponse, errorResponses } from '../../plugins/schemas';
import { findCompanyInvoices } from './find-company-invoices';
import { findOpsInvoices } from './find-ops-invoices';
import { getInvoiceFile } from './get-invoice-file';
import { getInvoiceOptions } from './get-invoice-options';
import { requestInvoice } from './request-invoice';
import { resendInvoice } from './resend-invoice';
import { reverseInvoice } from './reverse-invoice';
import { INVOICE_PDF_RULES, storeInvoiceFile } from './store-invoice-file';

const tags = ['发票 invoices'];
const InvoiceParams = z.object({ id: z.uuid('发票ID格式不正确') });
/** The invoice's PDF and its 红字发票's. */
const FILES = [
  ['file', 'invoice', '下载发票PDF'],
  ['red-file', 'red', '下载红字发票PDF'],
] as const;

function sendPdf(reply: FastifyReply, file: { name: string; contentType: string; data: Buffer }) {
  return reply
    .header('content-type', file.contentType)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .header(
      'content-disposition',
      `attachment; filename="invoice.pdf"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    )
    .send(file.data);
}

/** 开具发票 (/api/employer/invoices): the company's requests and invoices. */
export const employerInvoiceRoutes = authenticated('employer', async (app) => {
  app.get(
    '/options',
    {
      schema: {
        tags,
        summary: '开具发票：可开票的已支付充值订单、发票抬头与纳税人识别号',
        response: { 200: InvoiceOptions, ...errorResponses },
      },
    },
    async (request) => getInvoiceOptions(app.ctx, { member: requireCompanyMember(request) }),
  );
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '开票记录（分页，最新在前）',
        querystring: EmployerInvoiceQuery,
        response: { 200: EmployerInvoicePage, ...errorResponses },
      },
    },
    async (request) =>
      findCompanyInvoices(app.ctx, { member: requireCompanyMember(request), query: request.query }),
  );
  app.post(
    '',
    {
      schema: {
        tags,
        summary:
          '申请开票：所选已支付订单合并开具一张数电普票或专票（Idempotency-Key 必填；一笔订单只能开一张发票）',
        headers: IdempotencyHeaders,
        body: InvoiceRequestInput,
        response: { 200: EmployerInvoice, ...errorResponses },
      },
    },
    async (request) =>
      requestInvoice(app.ctx, {
        member: requireCompanyMember(request),
        input: request.body,
        requestKey: request.headers['idempotency-key'],
      }),
  );
  for (const [path, which, summary] of FILES)
    app.get(`/:id/${path}`, { schema: { tags, summary, params: InvoiceParams } }, async (request, reply) =>
      sendPdf(
        reply,
        await getInvoiceFile(app.ctx, {
          invoiceId: request.params.id,
          which,
          companyId: requireCompanyMember(request).companyId,
        }),
      ),
    );
});

/** 发票管理 (/api/ops/invoices): 开票 and 驳回 are the review queue's (kind `invoice`); the rest here. */
export const opsInvoiceRoutes = authenticated('ops', async (app) => {
  await app.register(fastifyMultipart, {
    limits: { fileSize: INVOICE_PDF_RULES.maxBytes, files: 1, fields: 5 },
  });
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '发票记录：按状态、单位名称、发票号码或订单号查找',
        querystring: OpsInvoiceQuery,
        response: { 200: OpsInvoicePage, ...errorResponses },
      },
    },
    async (request) => findOpsInvoices(app.ctx, { operator: requireOperator(request), query: request.query }),
  );
  app.post(
    '/files',
    {
      schema: {
        tags,
        summary: '上传发票或红字发票PDF（不超过5MB，multipart 字段 file），开票或红冲时填写其ID',
        response: { 200: z.object({ fileId: z.string() }), 413: ErrorResponse, ...errorResponses },
      },
    },
    async (request) =>
      storeInvoiceFile(app.ctx, {
        operator: requireOperator(request),
        upload: await readUpload(request, INVOICE_PDF_RULES, '请选择发票PDF文件'),
      }),
  );
  app.post(
    '/:id/resend',
    {
      schema: {
        tags,
        summary: '重新发送：把已开具的发票再次发送到接收邮箱',
        params: InvoiceParams,
        response: { 200: OpsInvoice, ...errorResponses },
      },
    },
    async (request) =>
      resendInvoice(app.ctx, { operator: requireOperator(request), invoiceId: request.params.id }),
  );
  app.post(
    '/:id/reversal',
    {
      schema: {
        tags,
        summary: '红冲：登记订单退款后开具的红字发票（号码与PDF），发票转为已红冲并发送给单位',
        params: InvoiceParams,
        body: InvoiceReversalInput,
        response: { 200: OpsInvoice, ...errorResponses },
      },
    },
    async (request) =>
      reverseInvoice(app.ctx, {
        operator: requireOperator(request),
        invoiceId: request.params.id,
        input: request.body,
      }),
  );
  for (const [path, which, summary] of FILES)
    app.get(`/:id/${path}`, { schema: { tags, summary, params: InvoiceParams } }, async (request, reply) => {
      requireOperator(request);
      return sendPdf(reply, await getInvoiceFile(app.ctx, { invoiceId: request.params.id, which }));
    });
});

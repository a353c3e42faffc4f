import { z } from 'zod';
import { parseCreditCode, parseEmail } from '../validators';
import { validatedField } from './fields';
import { pageQuery, pageSchema } from './paging';

// 开具发票 (seed 002 道具商城: 支付完成后在【道具商场>开具发票】页开具发票; issue 12 §4): a 数电票 over
// one or more paid recharges, issued by an operator (发票管理, a review kind) and mailed. Routes:
//   GET  /api/employer/invoices/options                      → InvoiceOptions (可开票订单, 抬头)
//   GET  /api/employer/invoices                              → EmployerInvoicePage
//   POST /api/employer/invoices (Idempotency-Key)            → EmployerInvoice
//   GET  /api/employer/invoices/:id/file | /red-file         → the PDF
//   GET  /api/ops/invoices                                   → OpsInvoicePage
//   POST /api/ops/invoices/files                             → UploadedFile (the PDF, before 开票)
//   POST /api/ops/invoices/:id/resend                        → OpsInvoice (重新发送)
//   POST /api/ops/invoices/:id/reversal                      → OpsInvoice (红冲)
//   GET  /api/ops/invoices/:id/file | /red-file              → the PDF
// 开票 and 驳回 are the review engine's decision on the request (kind `invoice`).

export const INVOICE_KINDS = ['normal', 'special'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];
export const INVOICE_KIND_LABELS: Record<InvoiceKind, string> = {
  normal: '数电普票',
  special: '数电专票',
};

export const INVOICE_STATES = [
  'requested',
  'issued',
  'sent',
  'rejected',
  'reversal_pending',
  'reversed',
] as const;
export type InvoiceState = (typeof INVOICE_STATES)[number];
export const INVOICE_STATE_LABELS: Record<InvoiceState, string> = {
  requested: '待开票',
  issued: '已开票',
  sent: '已发送',
  rejected: '已驳回',
  reversal_pending: '待红冲',
  reversed: '已红冲',
};

/** 纳税人识别号: the buyer's 统一社会信用代码 (18 characters, check character verified). */
const TaxNumber = validatedField(parseCreditCode, (value) => value.normalized);
const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label}不能超过${max}个字`).default('');

/** 开票申请: the orders, the kind, the buyer (name from the company; tax number checked) and where to mail it. */
export const InvoiceRequestInput = z
  .object({
    orderIds: z
      .array(z.uuid('订单编号格式不正确'), { error: '请选择要开票的订单' })
      .min(1, '请选择要开票的订单')
      .max(50, '一次最多合并50笔订单开票'),
    kind: z.enum(INVOICE_KINDS, { error: '请选择发票类型' }),
    buyerTaxNo: TaxNumber,
    /** 专票: 地址、电话 and 开户行及账号 (seller and buyer details the 专票 prints). */
    buyerAddressPhone: optionalText('地址、电话', 120),
    buyerBankAccount: optionalText('开户行及账号', 120),
    email: validatedField(parseEmail, (value) => value.normalized),
    remark: optionalText('备注', 100),
  })
  .superRefine((value, ctx) => {
    if (value.kind !== 'special') return;
    if (!value.buyerAddressPhone)
      ctx.addIssue({ code: 'custom', path: ['buyerAddressPhone'], message: '开具专票须填写地址、电话' });
    if (!value.buyerBankAccount)
      ctx.addIssue({ code: 'custom', path: ['buyerBankAccount'], message: '开具专票须填写开户行及账号' });
  });
export type InvoiceRequestInput = z.input<typeof InvoiceRequestInput>;

/** A paid order (a recharge, or a 视频双选会 fee paid by WeChat) not covered by an invoice. */
export const InvoiceableOrder = z.object({
  id: z.string(),
  outTradeNo: z.string(),
  description: z.string(),
  amountFen: z.number().int(),
  points: z.number().int(),
  paidAt: z.string(),
});
export type InvoiceableOrder = z.infer<typeof InvoiceableOrder>;

/** What the 开具发票 form starts from. */
export const InvoiceOptions = z.object({
  buyerName: z.string(),
  /** The company's 统一社会信用代码, or '' when it registered with a 组织机构代码. */
  buyerTaxNo: z.string(),
  /** The company's 联系邮箱, suggested as 接收邮箱. */
  suggestedEmail: z.string(),
  orders: z.array(InvoiceableOrder),
});
export type InvoiceOptions = z.infer<typeof InvoiceOptions>;

const InvoiceOrderLine = z.object({
  id: z.string(),
  outTradeNo: z.string(),
  amountFen: z.number().int(),
});

/** An invoice as the company sees it. */
export const EmployerInvoice = z.object({
  id: z.string(),
  kind: z.enum(INVOICE_KINDS),
  state: z.enum(INVOICE_STATES),
  buyerName: z.string(),
  buyerTaxNo: z.string(),
  amountFen: z.number().int(),
  emailMasked: z.string(),
  remark: z.string(),
  orders: z.array(InvoiceOrderLine),
  invoiceNo: z.string().nullable(),
  issuedAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  rejectReason: z.string().nullable(),
  reversalReason: z.string().nullable(),
  redInvoiceNo: z.string().nullable(),
  reversedAt: z.string().nullable(),
  hasFile: z.boolean(),
  hasRedFile: z.boolean(),
  requestedByName: z.string(),
  createdAt: z.string(),
});
export type EmployerInvoice = z.infer<typeof EmployerInvoice>;
export const EmployerInvoicePage = pageSchema(EmployerInvoice);
export type EmployerInvoicePage = z.infer<typeof EmployerInvoicePage>;

/** An invoice in 发票管理: the company's, with the mailing's outcome. */
export const OpsInvoice = EmployerInvoice.extend({
  companyId: z.string(),
  companyName: z.string(),
  reviewRequestId: z.string().nullable(),
  sendError: z.string().nullable(),
});
export type OpsInvoice = z.infer<typeof OpsInvoice>;
export const OpsInvoicePage = pageSchema(OpsInvoice);
export type OpsInvoicePage = z.infer<typeof OpsInvoicePage>;

export const EmployerInvoiceQuery = pageQuery({ defaultSize: 10 });
export type EmployerInvoiceQuery = z.input<typeof EmployerInvoiceQuery>;

export const OpsInvoiceQuery = pageQuery().extend({
  state: z.enum(INVOICE_STATES, { error: '发票状态不正确' }).optional(),
  /** 单位名称, 发票号码 or 订单号. */
  keyword: z.string().trim().max(50, '关键词不能超过50个字').optional(),
});
export type OpsInvoiceQuery = z.input<typeof OpsInvoiceQuery>;

/** 数电票的发票号码: 20 digits. */
const InvoiceNumber = z
  .string({ error: '请输入发票号码' })
  .trim()
  .regex(/^\d{20}$/, '数电发票号码为20位数字');

/** 开票 (the review's 通过): the number on the issued invoice and its PDF, uploaded first. */
export const InvoiceApproval = z.object({
  invoiceNo: InvoiceNumber,
  fileId: z.uuid('请上传发票PDF'),
});
export type InvoiceApproval = z.input<typeof InvoiceApproval>;

/** 红冲: the 红字发票 the operator issued against it, and its PDF. */
export const InvoiceReversalInput = z.object({
  redInvoiceNo: InvoiceNumber,
  fileId: z.uuid('请上传红字发票PDF'),
});
export type InvoiceReversalInput = z.input<typeof InvoiceReversalInput>;

import { formatYuan, INVOICE_KIND_LABELS, INVOICE_KINDS, InvoiceApproval, live } from '@openrecruit/shared';
import { z } from 'zod';
import { publishAfterCommit } from '../../../lib/publish-after-commit';
import { formatShanghaiDateTime } from '../../../lib/shanghai-time';
import { issueInvoice, rejectInvoiceRequest } from '../../invoices/decide-invoice-request';
import { mailInvoice } from '../../invoices/mail-invoice';
import { notifyApplicant } from '../notify-applicant';
import { defineReviewKind } from '../review-kind';
import { companyFields, companySummary } from './company-view';

// 开具发票 (issue 12 §4; seed 002 支付完成后在【道具商场>开具发票】页开具发票): a company's request for a
// 数电票 over paid recharges, decided by the platform's operators in 发票管理. 通过 is 开票: the
// operator issues it in the tax system and records its number and PDF (the `approval`); the PDF
// is then mailed to the company. The subject is the invoice (modules/invoices).

const InvoicePayload = z.object({
  kind: z.enum(INVOICE_KINDS),
  buyerName: z.string(),
  buyerTaxNo: z.string(),
  buyerAddressPhone: z.string(),
  buyerBankAccount: z.string(),
  amountFen: z.number().int(),
  remark: z.string(),
  emailMasked: z.string(),
  orders: z.array(
    z.object({
      outTradeNo: z.string(),
      amountFen: z.number().int(),
      points: z.number().int(),
      paidAt: z.string(),
    }),
  ),
});

const unknownCompany = { name: '', code: '' };

export const invoiceKind = defineReviewKind({
  code: 'invoice',
  label: '开票申请',
  reviewer: 'platform',
  payload: InvoicePayload,
  dueWorkingDays: 3,
  queuePath: '/ops/invoices',
  approval: InvoiceApproval,
  show: (request, context) => {
    const p = request.payload;
    const special = p.kind === 'special';
    return {
      company: context.company
        ? companySummary(context.company.id, context.company, null)
        : { id: request.applicantCompanyId, ...unknownCompany },
      currentCompany: null,
      applicantDepartment: '',
      view: {
        sections: [
          {
            title: '开票信息',
            fields: [
              { label: '发票类型', value: INVOICE_KIND_LABELS[p.kind] },
              { label: '发票抬头', value: p.buyerName },
              { label: '纳税人识别号', value: p.buyerTaxNo },
              ...(special
                ? [
                    { label: '地址、电话', value: p.buyerAddressPhone },
                    { label: '开户行及账号', value: p.buyerBankAccount },
                  ]
                : []),
              { label: '开票金额', value: formatYuan(p.amountFen) },
              { label: '开票内容', value: '*信息技术服务*快点充值' },
              { label: '接收邮箱', value: p.emailMasked },
              { label: '备注', value: p.remark || '无' },
            ],
          },
          {
            title: `充值订单（${p.orders.length}笔）`,
            columns: 1,
            fields: p.orders.map((order) => ({
              label: order.outTradeNo,
              value: `${formatYuan(order.amountFen)}（${order.points}快点，${formatShanghaiDateTime(new Date(order.paidAt))}支付）`,
            })),
          },
          { title: '单位信息', fields: context.company ? companyFields(context.company) : [] },
        ],
        changes: null,
        filesTitle: '附件',
      },
    };
  },
  async onApprove(tx, request, decider, approval) {
    await issueInvoice(tx, { invoiceId: request.subjectId, operatorAccountId: decider.accountId, approval });
    return undefined;
  },
  async onReject(tx, request) {
    await rejectInvoiceRequest(tx, { invoiceId: request.subjectId, reason: request.reason ?? '' });
  },
  async afterDecision(ctx, request) {
    const approved = request.state === 'approved';
    const sent = approved
      ? await mailInvoice(ctx, { invoiceId: request.subjectId, which: 'invoice' })
      : false;
    const amount = formatYuan(request.payload.amountFen);
    await notifyApplicant(ctx, {
      request,
      label: '开票申请',
      body: approved
        ? `您申请的${INVOICE_KIND_LABELS[request.payload.kind]}（${amount}）已开具${sent ? `，已发送至 ${request.payload.emailMasked}` : ''}，可在道具商城 > 开具发票下载。`
        : `您申请的${INVOICE_KIND_LABELS[request.payload.kind]}（${amount}）未通过：${request.reason ?? ''}。相关订单可重新申请开票。`,
      link: '/employer/mall/invoices',
      bySms: false,
    });
    if (request.applicantCompanyId)
      await publishAfterCommit(
        ctx,
        live.company(request.applicantCompanyId, {
          type: 'invoices.changed',
          data: { invoiceId: request.subjectId },
        }),
      );
  },
});

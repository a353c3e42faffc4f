import { z } from 'zod';
import { pageQuery, pageSchema } from './paging';

// 充值快点, 快点明细 and the operators' 订单管理 (issue 12 §2, seed 002 道具商城). Routes:
//   POST /api/employer/points/recharges (Idempotency-Key)   → RechargeOrder
//   GET  /api/employer/points/recharges/:id                 → RechargeOrder
//   POST /api/employer/points/recharges/:id/close           → RechargeOrder (取消支付)
//   GET  /api/employer/points                               → PointsWallet
//   GET  /api/employer/points/statement?kind=…              → RechargeRecordPage | ConsumptionRecordPage
//   GET  /api/employer/points/statement/export?kind=…       → .xlsx
//   GET  /api/ops/orders, POST /api/ops/orders/:id/refund   → OpsOrderPage, OpsOrder
//   GET  /api/payments/sandbox/:outTradeNo, POST …/:outcome → the sandbox cashier

/** The price of one 快点: ¥1.00 (seed 002 道具商城: 1快点 = 1元). Every amount of money is integer fen. */
export const POINT_PRICE_FEN = 100;
/** ¥12.34 from fen: how every amount of money is written, on screen and in mails. */
export function formatYuan(fen: number): string {
  return `¥${(fen / 100).toFixed(2)}`;
}

/** The amounts 充值快点 offers as buttons; any whole number in RECHARGE_POINTS_RANGE may be typed. */
export const RECHARGE_PRESETS = [100, 500, 1000, 5000] as const;
export const RECHARGE_POINTS_RANGE = { min: 1, max: 100_000 } as const;

export const ORDER_STATES = ['created', 'paid', 'closed', 'refunded'] as const;
export type OrderState = (typeof ORDER_STATES)[number];
export const ORDER_STATE_LABELS: Record<OrderState, string> = {
  created: '待支付',
  paid: '已支付',
  closed: '已关闭',
  refunded: '已退款',
};

/**
 * What the payment provider says of a refund (payment_orders.refund_status): processing until its
 * refund notice (WeChat Pay REFUND.SUCCESS / REFUND.ABNORMAL / REFUND.CLOSED) tells the outcome.
 */
export const REFUND_STATUSES = ['processing', 'success', 'abnormal', 'closed'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];
export const REFUND_STATUS_LABELS: Record<RefundStatus, string> = {
  processing: '退款中',
  success: '已退款',
  abnormal: '退款异常',
  closed: '退款关闭',
};

/** 用途 of a movement out of a wallet, by the ledger purpose that made it. */
export const POINT_PURPOSE_LABELS: Record<string, string> = {
  recharge: '充值',
  recharge_refund: '充值退款',
  package_purchase: '购买道具包',
  job_fair_fee: '双选会展位费',
  video_fair_fee: '视频双选会报名费',
  video_fair_refund: '视频双选会退费',
  tweet: '推文',
};

export function pointPurposeLabel(purpose: string): string {
  return POINT_PURPOSE_LABELS[purpose] ?? '其他';
}

export const CreateRechargeInput = z.object({
  points: z
    .number({ error: '请选择或输入充值快点数' })
    .int('快点数须为整数')
    .min(RECHARGE_POINTS_RANGE.min, `最少充值${RECHARGE_POINTS_RANGE.min}快点`)
    .max(RECHARGE_POINTS_RANGE.max, `单笔最多充值${RECHARGE_POINTS_RANGE.max}快点`),
  agreed: z.literal(true, { error: '请阅读并同意《快点服务协议》' }),
});
export type CreateRechargeInput = z.infer<typeof CreateRechargeInput>;

/** The header every point-moving request carries: a UUID the page makes once per confirmation. */
export const IdempotencyHeaders = z.object({
  'idempotency-key': z.uuid('请求编号（Idempotency-Key）须为UUID'),
});

export const RechargeOrder = z.object({
  id: z.string(),
  outTradeNo: z.string(),
  state: z.enum(ORDER_STATES),
  amountFen: z.number().int(),
  points: z.number().int(),
  provider: z.string(),
  /** What the QR code encodes (WeChat's code_url, or the sandbox cashier's address). */
  codeUrl: z.string().nullable(),
  expiresAt: z.iso.datetime({ offset: true }),
  paidAt: z.iso.datetime({ offset: true }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type RechargeOrder = z.infer<typeof RechargeOrder>;

export const PointsWallet = z.object({
  companyName: z.string(),
  balance: z.number().int(),
  pricePerPointFen: z.number().int(),
  presets: z.array(z.number().int()),
});
export type PointsWallet = z.infer<typeof PointsWallet>;

const dateParam = z.iso.date('日期格式应为YYYY-MM-DD');

export const PointsStatementQuery = pageQuery({ defaultSize: 10 }).extend({
  kind: z.enum(['recharge', 'consumption']).default('recharge'),
  /** Shanghai dates, both included. */
  from: dateParam.optional(),
  to: dateParam.optional(),
});
export type PointsStatementQuery = z.input<typeof PointsStatementQuery>;
export const PointsExportQuery = PointsStatementQuery.omit({ page: true, pageSize: true });
export type PointsExportQuery = z.input<typeof PointsExportQuery>;

/** 充值记录: one paid (or later refunded) recharge. */
export const RechargeRecord = z.object({
  id: z.string(),
  outTradeNo: z.string(),
  points: z.number().int(),
  amountFen: z.number().int(),
  state: z.enum(ORDER_STATES),
  paidAt: z.iso.datetime({ offset: true }),
  operatorName: z.string(),
});
export type RechargeRecord = z.infer<typeof RechargeRecord>;

/** 消费记录: one movement out of the wallet, with the balance after it. */
export const ConsumptionRecord = z.object({
  id: z.string(),
  purpose: z.string(),
  purposeLabel: z.string(),
  points: z.number().int(),
  balanceAfter: z.number().int(),
  at: z.iso.datetime({ offset: true }),
  operatorName: z.string(),
});
export type ConsumptionRecord = z.infer<typeof ConsumptionRecord>;

export const PointsStatement = z.discriminatedUnion('kind', [
  pageSchema(RechargeRecord).extend({ kind: z.literal('recharge') }),
  pageSchema(ConsumptionRecord).extend({ kind: z.literal('consumption') }),
]);
export type PointsStatement = z.infer<typeof PointsStatement>;

export const OpsOrderQuery = pageQuery({ defaultSize: 20 }).extend({
  /** 订单号 or company name. */
  q: z.string().trim().max(100, '搜索内容最多100个字').optional(),
  state: z.enum(ORDER_STATES).optional(),
});
export type OpsOrderQuery = z.input<typeof OpsOrderQuery>;

export const OpsOrder = RechargeOrder.extend({
  companyId: z.string(),
  companyName: z.string(),
  operatorName: z.string(),
  refundedAt: z.iso.datetime({ offset: true }).nullable(),
  refundReason: z.string().nullable(),
  /** Null until refunded; then the provider's word on it, and when it settled (success, abnormal or closed). */
  refundStatus: z.enum(REFUND_STATUSES).nullable(),
  refundSettledAt: z.iso.datetime({ offset: true }).nullable(),
});
export type OpsOrder = z.infer<typeof OpsOrder>;
export const OpsOrderPage = pageSchema(OpsOrder);

export const RefundOrderInput = z.object({
  reason: z.string().trim().min(1, '请填写退款原因').max(80, '退款原因最多80个字'),
});
export type RefundOrderInput = z.infer<typeof RefundOrderInput>;

export const SANDBOX_OUTCOMES = ['success', 'cancel', 'fail'] as const;
export const SandboxOutcomeParams = z.object({
  outTradeNo: z.string().max(32),
  outcome: z.enum(SANDBOX_OUTCOMES),
});

/** What the sandbox cashier page shows; `note` says what the last click did. */
export const SandboxCashierOrder = z.object({
  outTradeNo: z.string(),
  description: z.string(),
  companyName: z.string(),
  amountFen: z.number().int(),
  points: z.number().int(),
  state: z.enum(ORDER_STATES),
  expiresAt: z.iso.datetime({ offset: true }),
  note: z.string().nullable(),
});
export type SandboxCashierOrder = z.infer<typeof SandboxCashierOrder>;

// 对账 (issue 12 §3): one Shanghai day's trade bill against the orders and the ledger.
export const ReconciliationInput = z.object({ date: z.iso.date('日期格式应为YYYY-MM-DD') });

export const MISMATCH_KINDS = [
  'paid_not_credited',
  'credited_not_paid',
  'amount_mismatch',
  'refund_mismatch',
] as const;

/** How 对账 names each kind of difference, on the page and in the Excel file. */
export const MISMATCH_KIND_LABELS: Record<(typeof MISMATCH_KINDS)[number], string> = {
  paid_not_credited: '已支付未入账',
  credited_not_paid: '已入账未支付',
  amount_mismatch: '金额不一致',
  refund_mismatch: '退款不一致',
};
export const MISMATCH_RESOLUTION_LABELS = {
  credited_now: '已查询确认并补入账',
  open: '待人工核查',
} as const;
/** The payment provider whose bill was matched (PAYMENT_PROVIDER). */
export const PAYMENT_PROVIDER_LABELS: Record<string, string> = { sandbox: '沙箱', wechatpay: '微信支付' };

export const ReconciliationReport = z.object({
  /** The stored run (GET /api/ops/orders/reconciliation/:id/report). */
  id: z.string(),
  date: z.string(),
  provider: z.string(),
  billRows: z.number().int(),
  matched: z.number().int(),
  mismatches: z.array(
    z.object({
      kind: z.enum(MISMATCH_KINDS),
      outTradeNo: z.string(),
      orderId: z.string().nullable(),
      companyName: z.string().nullable(),
      /** What the bill says and what we hold, in fen (null where a side has nothing). */
      billFen: z.number().int().nullable(),
      orderFen: z.number().int().nullable(),
      /** 已补入账 when an order query confirmed the payment and it was credited now. */
      resolution: z.enum(['credited_now', 'open']),
    }),
  ),
  checkedAt: z.string(),
});
export type ReconciliationReport = z.infer<typeof ReconciliationReport>;

/** 对账记录: the stored runs, newest first, optionally of bill dates from..to (both included). */
export const ReconciliationRunQuery = pageQuery({ defaultSize: 10 }).extend({
  from: dateParam.optional(),
  to: dateParam.optional(),
});
export type ReconciliationRunQuery = z.input<typeof ReconciliationRunQuery>;

/** One stored 对账 run; `runByName` is the operator, or 系统 for the daily job. */
export const ReconciliationRun = z.object({
  id: z.string(),
  billDate: z.string(),
  provider: z.string(),
  billRows: z.number().int(),
  matched: z.number().int(),
  mismatchCount: z.number().int(),
  runByName: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type ReconciliationRun = z.infer<typeof ReconciliationRun>;
export const ReconciliationRunPage = pageSchema(ReconciliationRun);

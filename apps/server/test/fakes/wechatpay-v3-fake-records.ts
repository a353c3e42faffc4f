/** What the WeChat Pay fake keeps per order and refund, and how WeChat shows them: JSON and the trade bill. */
export interface FakeOrder {
  outTradeNo: string;
  description: string;
  amountFen: number;
  timeExpire: string;
  notifyUrl: string;
  codeUrl: string;
  tradeState: 'NOTPAY' | 'SUCCESS' | 'CLOSED' | 'REFUND';
  createdAt: Date;
  transactionId?: string;
  paidAt?: Date;
  /** What the payer paid; the order amount unless a test pays another. */
  paidFen?: number;
  /** The id of its TRANSACTION.SUCCESS notice, kept across resends. */
  noticeId?: string;
}

export interface FakeRefund {
  outTradeNo: string;
  outRefundNo: string;
  refundId: string;
  refundFen: number;
  reason: string;
  notifyUrl: string | undefined;
  status: 'PROCESSING' | 'SUCCESS' | 'ABNORMAL' | 'CLOSED';
  createdAt: Date;
  succeededAt?: Date;
}

const EIGHT_HOURS = 8 * 60 * 60 * 1000;

/** 2026-12-01T10:00:00+08:00 */
export function shanghaiRfc3339(instant: Date): string {
  return `${new Date(instant.getTime() + EIGHT_HOURS).toISOString().slice(0, 19)}+08:00`;
}

/** The Asia/Shanghai calendar date of an instant, YYYY-MM-DD. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + EIGHT_HOURS).toISOString().slice(0, 10);
}

function billTime(instant: Date): string {
  return new Date(instant.getTime() + EIGHT_HOURS).toISOString().slice(0, 19).replace('T', ' ');
}

function yuan(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** pay.weixin.qq.com 交易账单详细说明, bill_type ALL. */
const HEADER =
  '交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,' +
  '应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,' +
  '手续费,费率,订单金额,申请退款金额,费率备注';
const SUMMARY_HEADER =
  '总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额';
const OPENID = 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o';

/** The ALL bill of one Shanghai date: payments made and refunds requested that day; undefined if none. */
export function buildTradeBill(
  date: string,
  merchant: { appid: string; mchid: string },
  orders: FakeOrder[],
  refunds: FakeRefund[],
): string | undefined {
  const byTradeNo = new Map(orders.map((order) => [order.outTradeNo, order]));
  const payments = orders.filter((order) => order.paidAt && shanghaiDate(order.paidAt) === date);
  const refundsOfDay = refunds.filter((refund) => shanghaiDate(refund.createdAt) === date);
  if (payments.length + refundsOfDay.length === 0) return undefined;

  const row = (fields: string[]) => fields.map((field) => `\`${field}`).join(',');
  const common = (order: FakeOrder) => [
    merchant.appid,
    merchant.mchid,
    '0',
    '',
    order.transactionId ?? '',
    order.outTradeNo,
    OPENID,
    'NATIVE',
  ];
  const lines = [HEADER];
  for (const order of payments) {
    const paid = order.paidFen ?? order.amountFen;
    lines.push(
      row([
        billTime(order.paidAt ?? order.createdAt),
        ...common(order),
        'SUCCESS',
        'OTHERS',
        'CNY',
        yuan(paid),
        '0.00',
        '0',
        '0',
        '0.00',
        '0.00',
        '',
        '',
        order.description,
        '',
        '0.00',
        '0.60%',
        yuan(paid),
        '0.00',
        '',
      ]),
    );
  }
  for (const refund of refundsOfDay) {
    const order = byTradeNo.get(refund.outTradeNo);
    if (!order) continue;
    lines.push(
      row([
        billTime(refund.createdAt),
        ...common(order),
        'REFUND',
        'OTHERS',
        'CNY',
        '0.00',
        '0.00',
        refund.refundId,
        refund.outRefundNo,
        yuan(refund.refundFen),
        '0.00',
        'ORIGINAL',
        refund.status,
        order.description,
        '',
        '0.00',
        '0.60%',
        '0.00',
        yuan(refund.refundFen),
        '',
      ]),
    );
  }
  const paidTotal = payments.reduce((sum, order) => sum + (order.paidFen ?? order.amountFen), 0);
  const refundTotal = refundsOfDay.reduce((sum, refund) => sum + refund.refundFen, 0);
  lines.push(SUMMARY_HEADER);
  lines.push(
    row([
      String(lines.length - 2),
      yuan(paidTotal),
      yuan(refundTotal),
      '0.00',
      '0.00000',
      yuan(paidTotal),
      yuan(refundTotal),
    ]),
  );
  return `${lines.join('\r\n')}\r\n`;
}

/** An order as GET /v3/pay/transactions/out-trade-no/{out_trade_no} and TRANSACTION.* notices show it. */
export function transactionJson(order: FakeOrder, merchant: { appid: string; mchid: string }) {
  const paid = order.paidAt !== undefined;
  return {
    appid: merchant.appid,
    mchid: merchant.mchid,
    out_trade_no: order.outTradeNo,
    trade_state: order.tradeState,
    trade_state_desc: {
      NOTPAY: '订单未支付',
      CLOSED: '订单已关闭',
      SUCCESS: '支付成功',
      REFUND: '转入退款',
    }[order.tradeState],
    ...(paid
      ? {
          transaction_id: order.transactionId,
          trade_type: 'NATIVE',
          bank_type: 'OTHERS',
          attach: '',
          success_time: shanghaiRfc3339(order.paidAt ?? order.createdAt),
          payer: { openid: OPENID },
        }
      : {}),
    amount: {
      total: paid ? order.paidFen : order.amountFen,
      ...(paid ? { payer_total: order.paidFen } : {}),
      currency: 'CNY',
      payer_currency: 'CNY',
    },
  };
}

/** A refund as POST /v3/refund/domestic/refunds answers it. */
export function refundJson(refund: FakeRefund, order: FakeOrder) {
  return {
    refund_id: refund.refundId,
    out_refund_no: refund.outRefundNo,
    transaction_id: order.transactionId,
    out_trade_no: order.outTradeNo,
    channel: 'ORIGINAL',
    user_received_account: '支付用户零钱',
    create_time: shanghaiRfc3339(refund.createdAt),
    status: refund.status,
    funds_account: 'AVAILABLE',
    amount: {
      total: order.amountFen,
      refund: refund.refundFen,
      payer_total: order.paidFen,
      payer_refund: refund.refundFen,
      settlement_total: order.paidFen,
      settlement_refund: refund.refundFen,
      discount_refund: 0,
      currency: 'CNY',
    },
  };
}

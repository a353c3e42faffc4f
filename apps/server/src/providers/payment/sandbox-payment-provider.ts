import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import {
  type NativeOrderInput,
  PaymentCallbackError,
  type PaymentCallbackInput,
  type PaymentNotice,
  type PaymentProvider,
  PaymentProviderError,
  type ProviderOrderState,
  type RefundInput,
  type RefundResult,
  type TradeBillRow,
  type TradeState,
} from './payment-provider';
import { InMemorySandboxTradeStore, type SandboxTrade, type SandboxTradeStore } from './sandbox-trade-store';

const SIGNATURE_HEADER = 'x-sandbox-signature';
const TIMESTAMP_HEADER = 'x-sandbox-timestamp';
/** A notice older than this is refused, as WeChat Pay's are (its 5 minutes). */
const MAX_NOTICE_AGE_MS = 5 * 60_000;

type RefundNoticeStatus = 'SUCCESS' | 'ABNORMAL' | 'CLOSED';

export interface SandboxPaymentOptions {
  /** Signs the notices; a random one per process unless configured. */
  secret?: Buffer;
  /** The platform's public address ('' for a same-origin path): the cashier is `<base>/pay/sandbox/<outTradeNo>`. */
  publicUrl?: string;
  clock?: () => Date;
  /** Its books: the database's for the app (every instance, every restart), memory by default. */
  store?: SandboxTradeStore;
}

/**
 * The local payment provider, the default outside production: nothing leaves the machine. Its
 * "code_url" opens the sandbox cashier of this app, where 支付成功 / 取消 / 失败 are clicked; a
 * success is delivered as an HMAC-SHA256-signed notice to the same callback route WeChat Pay's
 * notices reach (POST /api/payments/notify/sandbox), verified by parseCallback. What it knows of
 * orders is in its store (sandbox_trades for the app), so any instance shows the cashier of an
 * order another created, and its day bill lists the payments and refunds it made, as WeChat's does.
 */
export class SandboxPaymentProvider implements PaymentProvider {
  readonly name = 'sandbox';
  private readonly secret: Buffer;
  private readonly store: SandboxTradeStore;
  private readonly clock: () => Date;
  /**
   * How refunds are answered: SUCCESS at once (the demo's 订单管理 shows 已退款), or PROCESSING as
   * WeChat Pay does, the outcome then told by a refundNotice (tests set it).
   */
  refundAnswer: 'SUCCESS' | 'PROCESSING' = 'SUCCESS';

  constructor(private readonly options: SandboxPaymentOptions = {}) {
    this.secret = options.secret ?? randomBytes(32);
    this.clock = options.clock ?? (() => new Date());
    this.store = options.store ?? new InMemorySandboxTradeStore();
  }

  /** Reads its books again when they are kept in memory (after the demo data wrote the table). */
  async reloadBooks(): Promise<void> {
    await this.store.reload?.();
  }

  async createNativeOrder(order: NativeOrderInput): Promise<{ codeUrl: string }> {
    await this.store.create({
      outTradeNo: order.outTradeNo,
      amountFen: order.amountFen,
      description: order.description,
      state: 'NOTPAY',
      refunds: [],
    });
    return { codeUrl: `${this.options.publicUrl ?? ''}/pay/sandbox/${encodeURIComponent(order.outTradeNo)}` };
  }

  async queryOrder(outTradeNo: string): Promise<ProviderOrderState> {
    const order = await this.find(outTradeNo);
    if ((order.state === 'SUCCESS' || order.state === 'REFUND') && order.transactionId && order.paidAt) {
      return {
        state: order.state,
        amountFen: order.amountFen,
        transactionId: order.transactionId,
        paidAt: order.paidAt,
      };
    }
    return { state: order.state as Exclude<TradeState, 'SUCCESS' | 'REFUND'>, amountFen: order.amountFen };
  }

  async closeOrder(outTradeNo: string): Promise<void> {
    await this.change(outTradeNo, (order) => {
      if (order.state === 'SUCCESS' || order.state === 'REFUND') {
        throw new PaymentProviderError('ORDERPAID', '订单已支付', 400);
      }
      order.state = 'CLOSED';
    });
  }

  async refund(input: RefundInput): Promise<RefundResult> {
    return this.change(input.outTradeNo, (order) => {
      const earlier = order.refunds.find((refund) => refund.outRefundNo === input.outRefundNo);
      if (earlier) return { refundId: earlier.refundId, status: earlier.status };
      if (order.state !== 'SUCCESS')
        throw new PaymentProviderError('TRADE_STATE_ERROR', '订单状态不可退款', 400);
      if (input.totalFen !== order.amountFen || input.refundFen > order.amountFen) {
        throw new PaymentProviderError('PARAM_ERROR', '退款金额与订单金额不符', 400);
      }
      const refund = {
        outRefundNo: input.outRefundNo,
        refundId: `SANDBOX-R-${randomUUID()}`,
        status: this.refundAnswer,
        refundFen: input.refundFen,
        refundedAt: this.clock(),
      };
      order.refunds.push(refund);
      order.state = 'REFUND';
      return { refundId: refund.refundId, status: refund.status };
    });
  }

  /**
   * The cashier's 支付成功: the order is paid at the provider, and the notice to deliver comes back
   * signed. `amountFen` defaults to the order's (tests pass another to see it refused).
   */
  async pay(outTradeNo: string, options: { amountFen?: number } = {}): Promise<PaymentCallbackInput> {
    const order = await this.change(outTradeNo, (trade) => {
      if (trade.state === 'NOTPAY') {
        trade.state = 'SUCCESS';
        trade.transactionId = `SANDBOX-${randomBytes(12).toString('hex')}`;
        trade.paidAt = this.clock();
      }
      if (trade.state !== 'SUCCESS' && trade.state !== 'REFUND') {
        throw new PaymentProviderError('ORDER_CLOSED', '订单已关闭', 400);
      }
      return trade;
    });
    return this.sign({
      id: randomUUID(),
      event_type: 'TRANSACTION.SUCCESS',
      out_trade_no: outTradeNo,
      transaction_id: order.transactionId,
      trade_state: 'SUCCESS',
      amount_fen: options.amountFen ?? order.amountFen,
      success_time: order.paidAt?.toISOString(),
    });
  }

  /**
   * The outcome of the order's refund, as WeChat Pay's REFUND.* notice tells it: the refund takes
   * `status` and the notice to deliver comes back signed. `refundFen` and `outRefundNo` default to
   * the refund's (tests pass others to see them refused).
   */
  async refundNotice(
    outTradeNo: string,
    status: RefundNoticeStatus,
    options: { refundFen?: number; outRefundNo?: string } = {},
  ): Promise<PaymentCallbackInput> {
    const { order, refund } = await this.change(outTradeNo, (trade) => {
      const made = trade.refunds[0];
      if (!made) throw new PaymentProviderError('RESOURCE_NOT_EXISTS', '退款单不存在', 404);
      made.status = status;
      return { order: trade, refund: made };
    });
    return this.sign({
      id: randomUUID(),
      event_type: `REFUND.${status}`,
      out_trade_no: outTradeNo,
      transaction_id: order.transactionId,
      out_refund_no: options.outRefundNo ?? refund.outRefundNo,
      refund_id: refund.refundId,
      refund_status: status,
      refund_fen: options.refundFen ?? refund.refundFen,
      total_fen: order.amountFen,
      success_time: status === 'SUCCESS' ? this.clock().toISOString() : undefined,
    });
  }

  /** A notice body signed with this provider's secret (what `pay` delivers). */
  sign(body: Record<string, unknown>): PaymentCallbackInput {
    const rawBody = JSON.stringify(body);
    const timestamp = String(Math.floor(this.clock().getTime() / 1000));
    return {
      headers: {
        'content-type': 'application/json',
        [TIMESTAMP_HEADER]: timestamp,
        [SIGNATURE_HEADER]: this.signatureOf(timestamp, rawBody),
      },
      rawBody,
    };
  }

  async parseCallback(input: PaymentCallbackInput): Promise<PaymentNotice> {
    const timestamp = single(input.headers[TIMESTAMP_HEADER]);
    const signature = single(input.headers[SIGNATURE_HEADER]);
    if (!timestamp || !signature) throw new PaymentCallbackError('MISSING_HEADERS', '缺少沙箱签名');
    const expected = Buffer.from(this.signatureOf(timestamp, input.rawBody), 'hex');
    const given = Buffer.from(signature, 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new PaymentCallbackError('BAD_SIGNATURE', '沙箱签名不正确');
    }
    if (Math.abs(this.clock().getTime() - Number(timestamp) * 1000) > MAX_NOTICE_AGE_MS) {
      throw new PaymentCallbackError('STALE_TIMESTAMP', '沙箱通知已过期');
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(input.rawBody) as Record<string, unknown>;
    } catch {
      throw new PaymentCallbackError('MALFORMED_BODY', '沙箱通知格式不正确');
    }
    const eventType = body.event_type;
    if (eventType === 'REFUND.SUCCESS' || eventType === 'REFUND.ABNORMAL' || eventType === 'REFUND.CLOSED') {
      return {
        eventType,
        eventId: String(body.id),
        outTradeNo: String(body.out_trade_no),
        transactionId: String(body.transaction_id),
        outRefundNo: String(body.out_refund_no),
        refundId: String(body.refund_id),
        refundStatus: body.refund_status as RefundNoticeStatus,
        refundFen: Number(body.refund_fen),
        totalFen: Number(body.total_fen),
        refundedAt: typeof body.success_time === 'string' ? new Date(body.success_time) : undefined,
      };
    }
    if (eventType !== 'TRANSACTION.SUCCESS') {
      throw new PaymentCallbackError('UNSUPPORTED_EVENT', '不支持的沙箱通知');
    }
    return {
      eventType: 'TRANSACTION.SUCCESS',
      eventId: String(body.id),
      outTradeNo: String(body.out_trade_no),
      transactionId: String(body.transaction_id),
      tradeState: body.trade_state as TradeState,
      amountFen: Number(body.amount_fen),
      paidAt: typeof body.success_time === 'string' ? new Date(body.success_time) : undefined,
    };
  }

  async tradeBill(date: string): Promise<TradeBillRow[]> {
    const from = new Date(`${date}T00:00:00+08:00`);
    const to = new Date(from.getTime() + 86_400_000);
    const within = (at: Date | undefined) => at !== undefined && at >= from && at < to;
    return (await this.store.active(from, to)).flatMap((order): TradeBillRow[] => {
      const rows: TradeBillRow[] = [];
      if (within(order.paidAt) && order.transactionId && order.paidAt)
        rows.push({
          tradeTime: order.paidAt,
          transactionId: order.transactionId,
          outTradeNo: order.outTradeNo,
          tradeState: 'SUCCESS',
          amountFen: order.amountFen,
          settlementFen: order.amountFen,
        });
      for (const refund of order.refunds)
        if (within(refund.refundedAt) && order.transactionId)
          rows.push({
            tradeTime: refund.refundedAt,
            transactionId: order.transactionId,
            outTradeNo: order.outTradeNo,
            tradeState: 'REFUND',
            amountFen: order.amountFen,
            settlementFen: order.amountFen,
            refundId: refund.refundId,
            outRefundNo: refund.outRefundNo,
            refundFen: refund.refundFen,
            refundStatus: refund.status,
          });
      return rows;
    });
  }

  private async find(outTradeNo: string): Promise<SandboxTrade> {
    const order = await this.store.find(outTradeNo);
    if (!order) throw new PaymentProviderError('ORDER_NOT_EXIST', '订单不存在', 404);
    return order;
  }

  /** Changes the order with it locked in the store; a missing one answers ORDER_NOT_EXIST. */
  private async change<T>(outTradeNo: string, apply: (order: SandboxTrade) => T): Promise<T> {
    const changed = await this.store.update(outTradeNo, apply);
    if (!changed) throw new PaymentProviderError('ORDER_NOT_EXIST', '订单不存在', 404);
    return changed.result;
  }

  private signatureOf(timestamp: string, rawBody: string): string {
    return createHmac('sha256', this.secret).update(`${timestamp}\n${rawBody}`).digest('hex');
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

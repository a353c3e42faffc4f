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

const SIGNATURE_HEADER = 'x-sandbox-signature';
const TIMESTAMP_HEADER = 'x-sandbox-timestamp';
/** A notice older than this is refused, as WeChat Pay's are (its 5 minutes). */
const MAX_NOTICE_AGE_MS = 5 * 60_000;

interface SandboxOrder {
  amountFen: number;
  description: string;
  state: TradeState;
  transactionId?: string;
  paidAt?: Date;
  refunds: Map<string, RefundResult>;
}

export interface SandboxPaymentOptions {
  /** Signs the notices; a random one per process unless configured. */
  secret?: Buffer;
  /** The platform's public address ('' for a same-origin path): the cashier is `<base>/pay/sandbox/<outTradeNo>`. */
  publicUrl?: string;
  clock?: () => Date;
}

/**
 * The local payment provider, the default outside production: nothing leaves the machine. Its
 * "code_url" opens the sandbox cashier of this app, where 支付成功 / 取消 / 失败 are clicked; a
 * success is delivered as an HMAC-SHA256-signed notice to the same callback route WeChat Pay's
 * notices reach (POST /api/payments/notify/sandbox), verified by parseCallback. What it knows of
 * orders lives in this process: after a restart an order it never saw answers ORDER_NOT_EXIST.
 */
export class SandboxPaymentProvider implements PaymentProvider {
  readonly name = 'sandbox';
  private readonly secret: Buffer;
  private readonly orders = new Map<string, SandboxOrder>();
  private readonly clock: () => Date;

  constructor(private readonly options: SandboxPaymentOptions = {}) {
    this.secret = options.secret ?? randomBytes(32);
    this.clock = options.clock ?? (() => new Date());
  }

  async createNativeOrder(order: NativeOrderInput): Promise<{ codeUrl: string }> {
    if (!this.orders.has(order.outTradeNo)) {
      this.orders.set(order.outTradeNo, {
        amountFen: order.amountFen,
        description: order.description,
        state: 'NOTPAY',
        refunds: new Map(),
      });
    }
    return { codeUrl: `${this.options.publicUrl ?? ''}/pay/sandbox/${encodeURIComponent(order.outTradeNo)}` };
  }

  async queryOrder(outTradeNo: string): Promise<ProviderOrderState> {
    const order = this.find(outTradeNo);
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
    const order = this.find(outTradeNo);
    if (order.state === 'SUCCESS' || order.state === 'REFUND') {
      throw new PaymentProviderError('ORDERPAID', '订单已支付', 400);
    }
    order.state = 'CLOSED';
  }

  async refund(input: RefundInput): Promise<RefundResult> {
    const order = this.find(input.outTradeNo);
    const earlier = order.refunds.get(input.outRefundNo);
    if (earlier) return earlier;
    if (order.state !== 'SUCCESS')
      throw new PaymentProviderError('TRADE_STATE_ERROR', '订单状态不可退款', 400);
    if (input.totalFen !== order.amountFen || input.refundFen > order.amountFen) {
      throw new PaymentProviderError('PARAM_ERROR', '退款金额与订单金额不符', 400);
    }
    const result: RefundResult = { refundId: `SANDBOX-R-${randomUUID()}`, status: 'SUCCESS' };
    order.refunds.set(input.outRefundNo, result);
    order.state = 'REFUND';
    return result;
  }

  /**
   * The cashier's 支付成功: the order is paid at the provider, and the notice to deliver comes back
   * signed. `amountFen` defaults to the order's (tests pass another to see it refused).
   */
  pay(outTradeNo: string, options: { amountFen?: number } = {}): PaymentCallbackInput {
    const order = this.find(outTradeNo);
    if (order.state === 'NOTPAY') {
      order.state = 'SUCCESS';
      order.transactionId = `SANDBOX-${randomBytes(12).toString('hex')}`;
      order.paidAt = this.clock();
    }
    if (order.state !== 'SUCCESS' && order.state !== 'REFUND') {
      throw new PaymentProviderError('ORDER_CLOSED', '订单已关闭', 400);
    }
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
    if (body.event_type !== 'TRANSACTION.SUCCESS') {
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
    const shanghaiDay = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    return [...this.orders.entries()].flatMap(([outTradeNo, order]) =>
      order.paidAt && order.transactionId && shanghaiDay(order.paidAt) === date
        ? [
            {
              tradeTime: order.paidAt,
              transactionId: order.transactionId,
              outTradeNo,
              tradeState: 'SUCCESS',
              amountFen: order.amountFen,
              settlementFen: order.amountFen,
            },
          ]
        : [],
    );
  }

  private find(outTradeNo: string): SandboxOrder {
    const order = this.orders.get(outTradeNo);
    if (!order) throw new PaymentProviderError('ORDER_NOT_EXIST', '订单不存在', 404);
    return order;
  }

  private signatureOf(timestamp: string, rawBody: string): string {
    return createHmac('sha256', this.secret).update(`${timestamp}\n${rawBody}`).digest('hex');
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

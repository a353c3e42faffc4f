/** WeChat Pay's trade_state values (pay.weixin.qq.com v3 查询订单: 交易状态). */
export type TradeState = 'NOTPAY' | 'SUCCESS' | 'CLOSED' | 'REFUND' | 'USERPAYING' | 'PAYERROR' | 'REVOKED';

/** A refund's status as WeChat Pay reports it (v3 退款申请/退款结果通知: 退款状态). */
export type RefundStatus = 'SUCCESS' | 'PROCESSING' | 'CLOSED' | 'ABNORMAL';

/** An order to show at the cashier; every amount in this file is integer fen. */
export interface NativeOrderInput {
  /** Our order number, unique per merchant (6-32 letters, digits, _ - | * on WeChat). */
  outTradeNo: string;
  /** What the payer sees on the bill (商品描述, at most 127 characters). */
  description: string;
  /** The price in fen. */
  amountFen: number;
  /** After this the code can no longer be paid (time_expire). */
  expiresAt: Date;
  /** Where the provider POSTs the payment notice. */
  notifyUrl: string;
}

/** An order as the provider sees it; a paid order (SUCCESS, or REFUND after a refund) always has its payment. */
export type ProviderOrderState =
  | { state: 'SUCCESS' | 'REFUND'; amountFen: number; transactionId: string; paidAt: Date }
  | {
      state: Exclude<TradeState, 'SUCCESS' | 'REFUND'>;
      /** Absent when the provider does not report it for an unpaid order. */
      amountFen?: number;
      transactionId?: string;
    };

/** A refund request; `outRefundNo` makes it idempotent: repeating it returns the same refund. */
export interface RefundInput {
  outTradeNo: string;
  outRefundNo: string;
  refundFen: number;
  /** The order's total, which the provider checks against what was paid. */
  totalFen: number;
  /** Shown to the payer (退款原因, at most 80 characters). */
  reason: string;
  notifyUrl?: string;
}

/** The provider's answer to a refund request; PROCESSING until a REFUND.* notice or a query says otherwise. */
export interface RefundResult {
  refundId: string;
  status: RefundStatus;
}

/** A verified, decrypted payment notice. `eventId` is the notice's id: a resent notice keeps it. */
export type PaymentNotice =
  | {
      eventType: 'TRANSACTION.SUCCESS';
      eventId: string;
      outTradeNo: string;
      transactionId: string;
      tradeState: TradeState;
      amountFen: number;
      paidAt?: Date;
    }
  | {
      eventType: 'REFUND.SUCCESS' | 'REFUND.ABNORMAL' | 'REFUND.CLOSED';
      eventId: string;
      outTradeNo: string;
      transactionId: string;
      outRefundNo: string;
      refundId: string;
      refundStatus: RefundStatus;
      refundFen: number;
      totalFen: number;
      refundedAt?: Date;
    };

/** The raw callback request; the body must be the exact bytes received, as the signature covers them. */
export interface PaymentCallbackInput {
  headers: Record<string, string | string[] | undefined>;
  rawBody: string;
}

/** One detail row of a day's trade bill: a payment (SUCCESS, REVOKED) or a refund (REFUND). */
export interface TradeBillRow {
  /** Payment time, or the time the refund was requested, in Asia/Shanghai as the bill prints it. */
  tradeTime: Date;
  transactionId: string;
  outTradeNo: string;
  tradeState: string;
  /** The order amount (订单金额). */
  amountFen: number;
  /** What the merchant settles after non-merchant-funded coupons (应结订单金额). */
  settlementFen: number;
  /** Refund rows only. */
  refundFen?: number;
  outRefundNo?: string;
  refundId?: string;
  refundStatus?: string;
}

export interface PaymentProvider {
  /** `sandbox` is the local cashier used in development and tests; `wechatpay` is the real one. */
  readonly name: 'sandbox' | 'wechatpay';
  /** Native payment: returns what the cashier shows (for WeChat the code_url to render as a QR code). */
  createNativeOrder(order: NativeOrderInput): Promise<{ codeUrl: string }>;
  /** Asks the provider for the order's state; throws PaymentProviderError ORDER_NOT_EXIST if it has none. */
  queryOrder(outTradeNo: string): Promise<ProviderOrderState>;
  /** Closes an unpaid order so its code can no longer be paid; a paid one fails with ORDERPAID. */
  closeOrder(outTradeNo: string): Promise<void>;
  /** Requests a (partial) refund of a paid order. */
  refund(input: RefundInput): Promise<RefundResult>;
  /** Verifies and decrypts a payment callback; throws PaymentCallbackError on a bad signature/stale timestamp/unknown serial/bad ciphertext. */
  parseCallback(input: PaymentCallbackInput): Promise<PaymentNotice>;
  /** The trade bill of one day (Asia/Shanghai date 'YYYY-MM-DD'), downloaded and hash-checked, parsed into rows. */
  tradeBill(date: string): Promise<TradeBillRow[]>;
}

/**
 * The provider refused a request or could not be reached. `code` is the provider's own code
 * (ORDER_NOT_EXIST, ORDERPAID, SIGN_ERROR, NOT_ENOUGH, ...) or one of ours: NETWORK_ERROR,
 * INVALID_RESPONSE_SIGNATURE, MALFORMED_RESPONSE, BILL_HASH_MISMATCH. The orders module maps it.
 */
export class PaymentProviderError extends Error {
  override readonly name = 'PaymentProviderError';

  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export type PaymentCallbackFailure =
  | 'MISSING_HEADERS'
  | 'UNKNOWN_SERIAL'
  | 'STALE_TIMESTAMP'
  | 'BAD_SIGNATURE'
  | 'MALFORMED_BODY'
  | 'BAD_CIPHERTEXT'
  | 'WRONG_MERCHANT'
  | 'UNSUPPORTED_EVENT';

/** A callback that must not be trusted; the route answers it with an error so the provider retries. */
export class PaymentCallbackError extends Error {
  override readonly name = 'PaymentCallbackError';

  constructor(
    readonly reason: PaymentCallbackFailure,
    message: string,
  ) {
    super(message);
  }
}

import { createHash, createPrivateKey } from 'node:crypto';
import type { z } from 'zod';
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
} from './payment-provider';
import { decryptNoticeResource } from './wechatpay/aead';
import { WechatPayHttpClient } from './wechatpay/http-client';
import { PlatformCertificates } from './wechatpay/platform-certificates';
import {
  NativeOrderResponse,
  NoticeEnvelope,
  RefundNotice,
  RefundResponse,
  TradeBillResponse,
  Transaction,
} from './wechatpay/schemas';
import {
  readSignatureHeaders,
  WechatPaySignatureVerifier,
  type WechatPayVerifierOptions,
} from './wechatpay/signing';
import { parseTradeBill } from './wechatpay/trade-bill';

export type { WechatPayVerifierOptions } from './wechatpay/signing';

export interface WechatPayV3Options {
  /** https://api.mch.weixin.qq.com unless set (the backup domain api2…, or a local fake in tests). */
  baseUrl?: string;
  mchid: string;
  appid: string;
  /** The serial of the merchant API certificate whose private key signs requests. */
  merchantSerialNo: string;
  merchantPrivateKeyPem: string;
  /** The APIv3 key: 32 characters, the AES-256 key of notices. */
  apiV3Key: string;
  verifier: WechatPayVerifierOptions;
  clock?: () => Date;
  fetch?: typeof fetch;
  /** Per request, including the bill download; 10 s unless set. */
  timeoutMs?: number;
}

/** WeChat Pay APIv3, Native payment, for a direct merchant (直连商户), following pay.weixin.qq.com/doc/v3. */
export class WechatPayV3Provider implements PaymentProvider {
  readonly name = 'wechatpay';
  private readonly http: WechatPayHttpClient;
  private readonly verifier: WechatPaySignatureVerifier;
  /** Downloaded platform certificates: platform_certificate mode without configured ones. */
  private readonly certificates: PlatformCertificates | undefined;

  constructor(private readonly options: WechatPayV3Options) {
    if (Buffer.byteLength(options.apiV3Key, 'utf8') !== 32)
      throw new Error('WeChat Pay APIv3 key must be 32 bytes');
    const clock = options.clock ?? (() => new Date());
    this.verifier = new WechatPaySignatureVerifier(options.verifier, clock);
    this.http = new WechatPayHttpClient({
      baseUrl: options.baseUrl ?? 'https://api.mch.weixin.qq.com',
      mchid: options.mchid,
      merchantSerialNo: options.merchantSerialNo,
      merchantPrivateKey: createPrivateKey(options.merchantPrivateKeyPem),
      verifier: this.verifier,
      prepareKey: (serial) => this.certificates?.prepare(serial) ?? Promise.resolve(),
      clock,
      fetch: options.fetch ?? fetch,
      timeoutMs: options.timeoutMs ?? 10_000,
    });
    const { verifier } = options;
    const downloads = verifier.mode === 'platform_certificate' && this.verifier.size === 0;
    this.certificates = downloads
      ? new PlatformCertificates({
          http: this.http,
          apiV3Key: options.apiV3Key,
          verifier: this.verifier,
          clock,
        })
      : undefined;
  }

  /** Downloads the platform certificates now (platform_certificate mode without configured ones). */
  async refreshPlatformCertificates(): Promise<string[]> {
    if (!this.certificates) throw new Error('this adapter does not download platform certificates');
    await this.certificates.refresh();
    return this.certificates.serials();
  }

  async createNativeOrder(order: NativeOrderInput): Promise<{ codeUrl: string }> {
    const answer = await this.http.json('POST', '/v3/pay/transactions/native', {
      appid: this.options.appid,
      mchid: this.options.mchid,
      description: order.description,
      out_trade_no: order.outTradeNo,
      time_expire: toShanghaiRfc3339(order.expiresAt),
      notify_url: order.notifyUrl,
      amount: { total: order.amountFen, currency: 'CNY' },
    });
    return { codeUrl: readResponse(NativeOrderResponse, answer).code_url };
  }

  async queryOrder(outTradeNo: string): Promise<ProviderOrderState> {
    const path = `/v3/pay/transactions/out-trade-no/${encodeURIComponent(outTradeNo)}?mchid=${encodeURIComponent(this.options.mchid)}`;
    const transaction = readResponse(Transaction, await this.http.json('GET', path));
    const amountFen = transaction.amount?.total;
    if (transaction.trade_state !== 'SUCCESS' && transaction.trade_state !== 'REFUND') {
      return { state: transaction.trade_state, amountFen, transactionId: transaction.transaction_id };
    }
    if (amountFen === undefined || !transaction.transaction_id || !transaction.success_time) {
      throw new PaymentProviderError('MALFORMED_RESPONSE', 'a paid order without its amount, id or time');
    }
    return {
      state: transaction.trade_state,
      amountFen,
      transactionId: transaction.transaction_id,
      paidAt: new Date(transaction.success_time),
    };
  }

  async closeOrder(outTradeNo: string): Promise<void> {
    await this.http.json(
      'POST',
      `/v3/pay/transactions/out-trade-no/${encodeURIComponent(outTradeNo)}/close`,
      {
        mchid: this.options.mchid,
      },
    );
  }

  async refund(input: RefundInput): Promise<RefundResult> {
    const answer = await this.http.json('POST', '/v3/refund/domestic/refunds', {
      out_trade_no: input.outTradeNo,
      out_refund_no: input.outRefundNo,
      reason: input.reason,
      notify_url: input.notifyUrl,
      amount: { refund: input.refundFen, total: input.totalFen, currency: 'CNY' },
    });
    const refund = readResponse(RefundResponse, answer);
    return { refundId: refund.refund_id, status: refund.status };
  }

  async parseCallback({ headers, rawBody }: PaymentCallbackInput): Promise<PaymentNotice> {
    const signed = readSignatureHeaders((name) => headerValue(headers, name));
    if (!signed)
      throw new PaymentCallbackError('MISSING_HEADERS', 'the Wechatpay-* signature headers are missing');
    try {
      await this.certificates?.prepare(signed.serial);
    } catch (error) {
      if (!(error instanceof PaymentProviderError)) throw error;
      // No certificate could be downloaded: refused, so WeChat sends it again later.
      throw new PaymentCallbackError(
        'UNKNOWN_SERIAL',
        `no platform certificate to verify with: ${error.message}`,
      );
    }
    const failure = this.verifier.verify(signed, rawBody);
    if (failure) throw new PaymentCallbackError(failure, `WeChat Pay notice refused: ${failure}`);

    const envelope = parseNotice(NoticeEnvelope, rawBody);
    let plaintext: string;
    try {
      plaintext = decryptNoticeResource(this.options.apiV3Key, envelope.resource);
    } catch {
      throw new PaymentCallbackError(
        'BAD_CIPHERTEXT',
        'the notice resource does not decrypt with the APIv3 key',
      );
    }

    if (envelope.event_type === 'TRANSACTION.SUCCESS') {
      const transaction = parseNotice(Transaction, plaintext);
      this.requireOurMerchant(transaction.mchid, transaction.appid);
      const amountFen = transaction.amount?.total;
      if (!transaction.transaction_id || amountFen === undefined) {
        throw new PaymentCallbackError(
          'MALFORMED_BODY',
          'a payment notice without its transaction id or amount',
        );
      }
      return {
        eventType: 'TRANSACTION.SUCCESS',
        eventId: envelope.id,
        outTradeNo: transaction.out_trade_no,
        transactionId: transaction.transaction_id,
        tradeState: transaction.trade_state,
        amountFen,
        paidAt: transaction.success_time ? new Date(transaction.success_time) : undefined,
      };
    }
    if (
      envelope.event_type === 'REFUND.SUCCESS' ||
      envelope.event_type === 'REFUND.ABNORMAL' ||
      envelope.event_type === 'REFUND.CLOSED'
    ) {
      const refund = parseNotice(RefundNotice, plaintext);
      this.requireOurMerchant(refund.mchid);
      return {
        eventType: envelope.event_type,
        eventId: envelope.id,
        outTradeNo: refund.out_trade_no,
        transactionId: refund.transaction_id,
        outRefundNo: refund.out_refund_no,
        refundId: refund.refund_id,
        refundStatus: refund.refund_status,
        refundFen: refund.amount.refund,
        totalFen: refund.amount.total,
        refundedAt: refund.success_time ? new Date(refund.success_time) : undefined,
      };
    }
    throw new PaymentCallbackError('UNSUPPORTED_EVENT', `unsupported notice event ${envelope.event_type}`);
  }

  async tradeBill(date: string): Promise<TradeBillRow[]> {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
      throw new PaymentProviderError('PARAM_ERROR', `bad bill date ${date}`);
    let answer: unknown;
    try {
      answer = await this.http.json('GET', `/v3/bill/tradebill?bill_date=${date}&bill_type=ALL`);
    } catch (error) {
      // 请求的账单文件不存在: WeChat's FAQ says the merchant had no trade and no refund that day.
      if (error instanceof PaymentProviderError && error.code === 'NO_STATEMENT_EXIST') return [];
      throw error;
    }
    // The download URL comes from a verified response, so it is WeChat's own.
    const bill = readResponse(TradeBillResponse, answer);
    const file = await this.http.download(new URL(bill.download_url));
    const hash = createHash('sha1').update(file).digest('hex');
    if (hash !== bill.hash_value.toLowerCase()) {
      throw new PaymentProviderError('BILL_HASH_MISMATCH', `the ${date} trade bill does not match its SHA1`);
    }
    try {
      return parseTradeBill(file.toString('utf8'));
    } catch (cause) {
      throw new PaymentProviderError('MALFORMED_RESPONSE', (cause as Error).message, undefined, { cause });
    }
  }

  /** A notice decrypted with our key should be ours; anything else is a configuration mix-up. */
  private requireOurMerchant(mchid: string, appid?: string): void {
    if (mchid !== this.options.mchid || (appid !== undefined && appid !== this.options.appid)) {
      throw new PaymentCallbackError('WRONG_MERCHANT', `notice for merchant ${mchid}, not ours`);
    }
  }
}

/** time_expire is RFC 3339 with an offset; WeChat's examples use Beijing time, e.g. 2026-12-01T10:00:00+08:00. */
export function toShanghaiRfc3339(instant: Date): string {
  const shanghai = new Date(instant.getTime() + 8 * 60 * 60 * 1000);
  return `${shanghai.toISOString().slice(0, 19)}+08:00`;
}

function readResponse<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new PaymentProviderError(
      'MALFORMED_RESPONSE',
      `unexpected WeChat Pay response: ${parsed.error.message}`,
    );
  }
  return parsed.data;
}

function parseNotice<T>(schema: z.ZodType<T>, text: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new PaymentCallbackError('MALFORMED_BODY', 'the notice is not JSON');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new PaymentCallbackError('MALFORMED_BODY', `unexpected notice: ${parsed.error.message}`);
  return parsed.data;
}

function headerValue(headers: PaymentCallbackInput['headers'], name: string): string | undefined {
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  return Array.isArray(value) ? value[0] : value;
}

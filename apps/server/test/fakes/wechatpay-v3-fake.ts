import {
  createCipheriv,
  createHash,
  createPublicKey,
  createSign,
  createVerify,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
  randomUUID,
} from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WechatPayVerifierOptions } from '../../src/providers/payment/wechatpay-v3';
import { createPlatformCertificate, type FakePlatformCertificate } from './wechatpay-v3-fake-certificate';
import {
  buildTradeBill,
  type FakeOrder,
  type FakeRefund,
  refundJson,
  shanghaiRfc3339,
  transactionJson,
} from './wechatpay-v3-fake-records';

/**
 * A local fake of WeChat Pay APIv3 (Native payment, refunds, trade bill) on node:http. Like the real
 * service it refuses a request whose Authorization signature does not verify with the merchant's
 * key (401 SIGN_ERROR), signs every answer with its own platform key, and POSTs signed,
 * AEAD_AES_256_GCM-encrypted notices. In platform_certificate mode it serves GET /v3/certificates
 * (下载平台证书: each certificate encrypted under the APIv3 key) and rotates on demand. Its crypto is written here on purpose, not borrowed from the
 * adapter, so a mistake in one is caught by the other.
 */
export interface WechatPayV3FakeOptions {
  mchid: string;
  appid: string;
  merchantSerialNo: string;
  /** The merchant API certificate's public key (or certificate), to check request signatures. */
  merchantPublicKeyPem: string;
  apiV3Key: string;
  /** How the fake names its signing key: a platform certificate serial, or a PUB_KEY_ID_…. */
  platform:
    | { mode: 'platform_certificate'; serialNo?: string }
    | { mode: 'public_key'; publicKeyId?: string };
  now?: () => Date;
}

/** Changes to one notice, to test that the adapter refuses it. */
export interface NoticeTampering {
  /** Announce this Wechatpay-Serial instead of the fake's. */
  serial?: string;
  /** Sign with this Wechatpay-Timestamp (seconds) instead of now. */
  timestamp?: number;
  /** Sign with a key that is not the platform key. */
  wrongKey?: boolean;
  /** Flip a byte of the ciphertext, then sign: only the AEAD tag can tell. */
  corruptCiphertext?: boolean;
}

export interface SignedNotice {
  headers: Record<string, string>;
  rawBody: string;
}

const SIGN_ERROR = { code: 'SIGN_ERROR', message: '签名错误' };

/** An answer of the fake: JSON (signed when sent), nothing (204), or a bill file (not signed). */
type Reply = { status: number; body?: unknown } | { status: 200; file: Buffer };

function reply(status: number, body: unknown): Reply {
  return { status, body };
}

/** A merchant key pair and certificate serial, generated at test time. */
export function createMerchantKeys(): { privateKeyPem: string; publicKeyPem: string; serialNo: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    serialNo: randomBytes(20).toString('hex').toUpperCase(),
  };
}

export class WechatPayV3Fake {
  readonly orders = new Map<string, FakeOrder>();
  readonly refunds = new Map<string, FakeRefund>();
  /** Every request as received: method, path with query, body. */
  readonly requests: { method: string; path: string; body: string }[] = [];
  /** Switches: sign answers with a wrong key; alter bill files after their hash was announced. */
  readonly controls = {
    signResponsesWithWrongKey: false,
    tamperBills: false,
    /** Flip a byte of each certificate's ciphertext in /v3/certificates (the list is still signed). */
    tamperCertificates: false,
  };
  /** platform_certificate mode: what /v3/certificates lists, the newest (the signer) last. */
  readonly platformCertificates: FakePlatformCertificate[] = [];
  baseUrl = '';

  /** The key that signs answers and notices now, and the serial it is announced by. */
  private signer: { serialNo: string; privateKey: KeyObject; publicKeyPem: string };
  private readonly strangerKey: KeyObject;
  private readonly merchantKey: KeyObject;
  private readonly bills = new Map<string, Buffer>();
  private readonly server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => this.handle(request, Buffer.concat(chunks).toString('utf8'), response));
  });

  constructor(private readonly options: WechatPayV3FakeOptions) {
    this.strangerKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    this.merchantKey = createPublicKey(options.merchantPublicKeyPem);
    if (options.platform.mode === 'public_key') {
      const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
      this.signer = {
        serialNo:
          options.platform.publicKeyId ?? `PUB_KEY_ID_01${randomBytes(12).toString('hex').toUpperCase()}`,
        privateKey: platform.privateKey,
        publicKeyPem: platform.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      };
    } else {
      const certificate = createPlatformCertificate(this.now(), options.platform.serialNo);
      this.platformCertificates.push(certificate);
      this.signer = certificate;
    }
  }

  /** The public key (PEM) answers and notices are signed with now. */
  get platformPublicKeyPem(): string {
    return this.signer.publicKeyPem;
  }

  /** The Wechatpay-Serial of answers and notices now: a certificate serial or a PUB_KEY_ID_…. */
  get platformSerial(): string {
    return this.signer.serialNo;
  }

  /**
   * WeChat replaces its platform certificate: a new one is listed and signs from now on; the old
   * one stays listed with its expire_time moved to 24 hours from now (WeChat's notice period), or
   * is gone at once with `dropOld`. Returns the new serial.
   */
  rotatePlatformCertificate(options: { dropOld?: boolean } = {}): string {
    if (this.options.platform.mode !== 'platform_certificate') throw new Error('fake: no certificates');
    const now = this.now();
    if (options.dropOld) this.platformCertificates.splice(0);
    for (const old of this.platformCertificates) old.expiresAt = new Date(now.getTime() + 24 * 3_600_000);
    const certificate = createPlatformCertificate(now);
    this.platformCertificates.push(certificate);
    this.signer = certificate;
    return certificate.serialNo;
  }

  /** Listens on 127.0.0.1, on a free port; returns the base URL. */
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.baseUrl;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /**
   * What the adapter needs to verify this fake's signatures: the key or the certificates, or with
   * `download` (platform_certificate mode) nothing, so that it downloads them from /v3/certificates.
   */
  verifierOptions(options: { download?: boolean } = {}): WechatPayVerifierOptions {
    if (options.download) return { mode: 'platform_certificate' };
    return this.options.platform.mode === 'public_key'
      ? { mode: 'public_key', publicKeyId: this.platformSerial, publicKeyPem: this.platformPublicKeyPem }
      : {
          mode: 'platform_certificate',
          certificates: [{ serialNo: this.platformSerial, pem: this.platformPublicKeyPem }],
        };
  }

  /** The payer scans and pays: the order turns SUCCESS and its notice is POSTed; returns the app's HTTP status. */
  async pay(outTradeNo: string, options: { amountFen?: number } = {}): Promise<number> {
    const order = this.requireOrder(outTradeNo);
    if (order.tradeState !== 'NOTPAY') throw new Error(`fake: order ${outTradeNo} is ${order.tradeState}`);
    order.tradeState = 'SUCCESS';
    order.transactionId = `42000${randomBytes(12).toString('hex').slice(0, 23).replace(/\D/g, '7')}`;
    order.paidAt = this.now();
    order.paidFen = options.amountFen ?? order.amountFen;
    order.noticeId = randomUUID();
    return this.post(order.notifyUrl, this.callbackPayload(outTradeNo));
  }

  /** The TRANSACTION.SUCCESS notice of a paid order, signed but not sent (for replays and tampering). */
  callbackPayload(outTradeNo: string, tampering: NoticeTampering = {}): SignedNotice {
    const order = this.requireOrder(outTradeNo);
    if (!order.paidAt) throw new Error(`fake: order ${outTradeNo} is not paid`);
    // A resent notice keeps its id, as WeChat's retries do.
    const id = order.noticeId ?? randomUUID();
    return this.notice(
      id,
      'TRANSACTION.SUCCESS',
      'transaction',
      '支付成功',
      transactionJson(order, this.options),
      tampering,
    );
  }

  /** The refund completes (or fails): its status changes and a REFUND.* notice goes to its notify_url if any. */
  async settleRefund(outRefundNo: string, status: 'SUCCESS' | 'ABNORMAL' | 'CLOSED' = 'SUCCESS') {
    const refund = this.refunds.get(outRefundNo);
    if (!refund) throw new Error(`fake: no refund ${outRefundNo}`);
    const order = this.requireOrder(refund.outTradeNo);
    refund.status = status;
    if (status === 'SUCCESS') refund.succeededAt = this.now();
    if (!refund.notifyUrl) return undefined;
    const plaintext = {
      mchid: this.options.mchid,
      out_trade_no: order.outTradeNo,
      transaction_id: order.transactionId,
      out_refund_no: refund.outRefundNo,
      refund_id: refund.refundId,
      refund_status: status,
      ...(refund.succeededAt ? { success_time: shanghaiRfc3339(refund.succeededAt) } : {}),
      user_received_account: '支付用户零钱',
      amount: {
        total: order.amountFen,
        refund: refund.refundFen,
        payer_total: order.paidFen,
        payer_refund: refund.refundFen,
      },
    };
    const notice = this.notice(randomUUID(), `REFUND.${status}`, 'refund', '退款状态变更', plaintext, {});
    return this.post(refund.notifyUrl, notice);
  }

  /** The trade bill of a Shanghai date as WeChat would serve it, or undefined when nothing happened that day. */
  billOf(date: string): string | undefined {
    return buildTradeBill(date, this.options, [...this.orders.values()], [...this.refunds.values()]);
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private requireOrder(outTradeNo: string): FakeOrder {
    const order = this.orders.get(outTradeNo);
    if (!order) throw new Error(`fake: no order ${outTradeNo}`);
    return order;
  }

  private handle(request: http.IncomingMessage, body: string, response: http.ServerResponse): void {
    const method = request.method ?? 'GET';
    const path = request.url ?? '/';
    this.requests.push({ method, path, body });
    const reply = this.authorizationVerifies(method, path, body, request.headers.authorization)
      ? this.route(method, new URL(path, 'http://fake'), body)
      : { status: 401, body: SIGN_ERROR };
    if ('file' in reply) {
      // Bill files are not signed: WeChat sends no Wechatpay-* headers with them.
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.end(reply.file);
      return;
    }
    const text = reply.body === undefined ? '' : JSON.stringify(reply.body);
    response.writeHead(reply.status, {
      ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      'request-id': randomUUID(),
      ...this.signatureHeaders(text),
    });
    response.end(text);
  }

  private route(method: string, url: URL, body: string): Reply {
    const tradeNo = /^\/v3\/pay\/transactions\/out-trade-no\/([^/]+)(\/close)?$/.exec(url.pathname);
    let json: Record<string, unknown> = {};
    if (method === 'POST') {
      try {
        json = JSON.parse(body) as Record<string, unknown>;
      } catch {
        return { status: 400, body: { code: 'PARAM_ERROR', message: '请求体不是合法的JSON' } };
      }
    }
    if (method === 'POST' && url.pathname === '/v3/pay/transactions/native') return this.createNative(json);
    if (method === 'GET' && tradeNo && !tradeNo[2]) {
      return this.query(decodeURIComponent(tradeNo[1] ?? ''), url.searchParams.get('mchid'));
    }
    if (method === 'POST' && tradeNo?.[2]) return this.close(decodeURIComponent(tradeNo[1] ?? ''), json);
    if (method === 'POST' && url.pathname === '/v3/refund/domestic/refunds') return this.refund(json);
    if (method === 'GET' && url.pathname === '/v3/certificates') return this.certificateList();
    if (method === 'GET' && url.pathname === '/v3/bill/tradebill') return this.tradeBill(url.searchParams);
    if (method === 'GET' && url.pathname === '/v3/billdownload/file') {
      const bill = this.bills.get(url.searchParams.get('token') ?? '');
      if (!bill) return { status: 404, body: { code: 'RESOURCE_NOT_EXISTS', message: '下载地址已过期' } };
      const tampered = Buffer.from(bill.toString('utf8').replace('`0.', '`9.'));
      return { status: 200, file: this.controls.tamperBills ? tampered : bill };
    }
    return { status: 404, body: { code: 'NOT_FOUND', message: '请求的资源不存在' } };
  }

  /** WECHATPAY2-SHA256-RSA2048 over `METHOD\nPATH?QUERY\nTIMESTAMP\nNONCE\nBODY\n`, within 5 minutes. */
  private authorizationVerifies(
    method: string,
    path: string,
    body: string,
    header: string | undefined,
  ): boolean {
    const match = /^WECHATPAY2-SHA256-RSA2048 (.+)$/.exec(header ?? '');
    if (!match) return false;
    const params = Object.fromEntries(
      [...(match[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
    const { mchid, nonce_str, signature, timestamp, serial_no } = params;
    if (mchid !== this.options.mchid || serial_no !== this.options.merchantSerialNo) return false;
    if (!nonce_str || !signature || !timestamp) return false;
    if (Math.abs(this.now().getTime() / 1000 - Number(timestamp)) > 300) return false;
    return createVerify('RSA-SHA256')
      .update(`${method}\n${path}\n${timestamp}\n${nonce_str}\n${body}\n`)
      .verify(this.merchantKey, signature, 'base64');
  }

  private createNative(json: Record<string, unknown>): Reply {
    const amount = json.amount as { total?: unknown; currency?: unknown } | undefined;
    const fields = [json.description, json.out_trade_no, json.notify_url, json.time_expire];
    if (json.appid !== this.options.appid || json.mchid !== this.options.mchid) {
      return reply(400, { code: 'APPID_MCHID_NOT_MATCH', message: 'appid和mch_id不匹配' });
    }
    const total = amount?.total;
    if (
      fields.some((field) => typeof field !== 'string') ||
      typeof total !== 'number' ||
      !Number.isInteger(total)
    ) {
      return reply(400, { code: 'PARAM_ERROR', message: '输入源“/body”映射到值字段失败' });
    }
    if (
      total < 1 ||
      amount?.currency !== 'CNY' ||
      !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/.test(`${json.time_expire}`)
    ) {
      return reply(400, { code: 'PARAM_ERROR', message: '参数格式校验错误' });
    }
    const outTradeNo = json.out_trade_no as string;
    const existing = this.orders.get(outTradeNo);
    if (existing) {
      if (existing.tradeState === 'CLOSED')
        return reply(400, { code: 'ORDER_CLOSED', message: '订单已关闭' });
      if (existing.tradeState !== 'NOTPAY') return reply(400, { code: 'ORDERPAID', message: '订单已支付' });
      if (existing.amountFen !== total || existing.description !== json.description) {
        return reply(400, { code: 'INVALID_REQUEST', message: '201 商户订单号重复' });
      }
      return reply(200, { code_url: existing.codeUrl });
    }
    const order: FakeOrder = {
      outTradeNo,
      description: json.description as string,
      amountFen: total,
      timeExpire: json.time_expire as string,
      notifyUrl: json.notify_url as string,
      codeUrl: `weixin://wxpay/bizpayurl?pr=${randomBytes(4).toString('hex').slice(0, 7)}`,
      tradeState: 'NOTPAY',
      createdAt: this.now(),
    };
    this.orders.set(outTradeNo, order);
    return reply(200, { code_url: order.codeUrl });
  }

  private query(outTradeNo: string, mchid: string | null): Reply {
    if (mchid !== this.options.mchid) return reply(400, { code: 'PARAM_ERROR', message: 'mchid无效' });
    const order = this.orders.get(outTradeNo);
    if (!order) return reply(404, { code: 'ORDER_NOT_EXIST', message: '订单不存在' });
    return reply(200, transactionJson(order, this.options));
  }

  private close(outTradeNo: string, json: Record<string, unknown>): Reply {
    if (json.mchid !== this.options.mchid) return reply(400, { code: 'PARAM_ERROR', message: 'mchid无效' });
    const order = this.orders.get(outTradeNo);
    if (order && order.tradeState !== 'NOTPAY' && order.tradeState !== 'CLOSED') {
      return reply(400, { code: 'ORDERPAID', message: '订单已支付' });
    }
    // Like WeChat, an unknown out_trade_no also answers 204: closing proves nothing about existence.
    if (order) order.tradeState = 'CLOSED';
    return { status: 204 };
  }

  private refund(json: Record<string, unknown>): Reply {
    const amount = json.amount as { refund?: unknown; total?: unknown; currency?: unknown } | undefined;
    const { out_trade_no: outTradeNo, out_refund_no: outRefundNo } = json;
    const refundFen = amount?.refund;
    if (typeof outTradeNo !== 'string' || typeof outRefundNo !== 'string' || typeof refundFen !== 'number') {
      return reply(400, { code: 'PARAM_ERROR', message: '输入源“/body”映射到值字段失败' });
    }
    const order = this.orders.get(outTradeNo);
    if (!order) return reply(404, { code: 'RESOURCE_NOT_EXISTS', message: '订单不存在' });
    if (!order.paidAt || order.paidFen === undefined) {
      return reply(400, { code: 'INVALID_REQUEST', message: '交易未支付' });
    }
    const existing = this.refunds.get(outRefundNo);
    if (existing) return reply(200, refundJson(existing, order));
    if (amount?.total !== order.amountFen || amount.currency !== 'CNY' || refundFen < 1) {
      return reply(400, {
        code: 'INVALID_REQUEST',
        message: '订单金额或退款金额与之前请求不一致',
      });
    }
    const refunded = [...this.refunds.values()]
      .filter((refund) => refund.outTradeNo === outTradeNo && refund.status !== 'CLOSED')
      .reduce((sum, refund) => sum + refund.refundFen, 0);
    if (refunded + refundFen > order.paidFen) {
      return reply(400, { code: 'INVALID_REQUEST', message: '申请退款金额超过订单可退金额' });
    }
    const refund: FakeRefund = {
      outTradeNo,
      outRefundNo,
      refundId: `50000${Date.now()}${randomBytes(4).readUInt32BE(0)}`,
      refundFen,
      reason: typeof json.reason === 'string' ? json.reason : '',
      notifyUrl: typeof json.notify_url === 'string' ? json.notify_url : undefined,
      status: 'PROCESSING',
      createdAt: this.now(),
    };
    this.refunds.set(outRefundNo, refund);
    order.tradeState = 'REFUND';
    return reply(200, refundJson(refund, order));
  }

  /** 下载平台证书: the listed certificates, each AEAD_AES_256_GCM under the APIv3 key, AAD "certificate". */
  private certificateList(): Reply {
    if (this.options.platform.mode !== 'platform_certificate') {
      return reply(404, { code: 'NOT_FOUND', message: '请求的资源不存在' });
    }
    const data = this.platformCertificates.map((certificate) => {
      const nonce = randomBytes(9).toString('base64url').slice(0, 12);
      const sealed = this.seal(certificate.certificatePem, nonce, 'certificate');
      if (this.controls.tamperCertificates) sealed.writeUInt8((sealed[0] ?? 0) ^ 0x01, 0);
      return {
        serial_no: certificate.serialNo,
        effective_time: shanghaiRfc3339(certificate.effectiveAt),
        expire_time: shanghaiRfc3339(certificate.expiresAt),
        encrypt_certificate: {
          algorithm: 'AEAD_AES_256_GCM',
          nonce,
          associated_data: 'certificate',
          ciphertext: sealed.toString('base64'),
        },
      };
    });
    return reply(200, { data });
  }

  /** AEAD_AES_256_GCM with the APIv3 key; the 16-byte tag follows the ciphertext, as WeChat sends it. */
  private seal(plaintext: string, nonce: string, associatedData: string): Buffer {
    const cipher = createCipheriv(
      'aes-256-gcm',
      Buffer.from(this.options.apiV3Key, 'utf8'),
      Buffer.from(nonce),
    );
    cipher.setAAD(Buffer.from(associatedData));
    return Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  }

  private tradeBill(query: URLSearchParams): Reply {
    const date = query.get('bill_date') ?? '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || (query.get('bill_type') ?? 'ALL') !== 'ALL') {
      return reply(400, { code: 'PARAM_ERROR', message: '参数格式校验错误' });
    }
    const text = this.billOf(date);
    if (text === undefined)
      return reply(400, { code: 'NO_STATEMENT_EXIST', message: '请求的账单文件不存在' });
    const file = Buffer.from(text, 'utf8');
    const token = randomBytes(24).toString('base64url');
    const hash = createHash('sha1').update(file).digest('hex');
    this.bills.set(token, file);
    return reply(200, {
      hash_type: 'SHA1',
      hash_value: hash,
      download_url: `${this.baseUrl}/v3/billdownload/file?token=${token}`,
    });
  }

  private notice(
    id: string,
    eventType: string,
    originalType: string,
    summary: string,
    plaintext: unknown,
    tampering: NoticeTampering,
  ): SignedNotice {
    const nonce = randomBytes(9).toString('base64url').slice(0, 12);
    const sealed = this.seal(JSON.stringify(plaintext), nonce, originalType);
    if (tampering.corruptCiphertext) sealed.writeUInt8((sealed[0] ?? 0) ^ 0x01, 0);
    const rawBody = JSON.stringify({
      id,
      create_time: shanghaiRfc3339(this.now()),
      resource_type: 'encrypt-resource',
      event_type: eventType,
      summary,
      resource: {
        original_type: originalType,
        algorithm: 'AEAD_AES_256_GCM',
        ciphertext: sealed.toString('base64'),
        associated_data: originalType,
        nonce,
      },
    });
    return { headers: this.signatureHeaders(rawBody, tampering), rawBody };
  }

  private signatureHeaders(body: string, tampering: NoticeTampering = {}): Record<string, string> {
    const timestamp = String(tampering.timestamp ?? Math.floor(this.now().getTime() / 1000));
    const nonce = randomBytes(16).toString('hex').toUpperCase();
    const key =
      tampering.wrongKey || this.controls.signResponsesWithWrongKey
        ? this.strangerKey
        : this.signer.privateKey;
    return {
      'wechatpay-serial': tampering.serial ?? this.platformSerial,
      'wechatpay-signature': createSign('RSA-SHA256')
        .update(`${timestamp}\n${nonce}\n${body}\n`)
        .sign(key, 'base64'),
      'wechatpay-timestamp': timestamp,
      'wechatpay-nonce': nonce,
      'wechatpay-signature-type': 'WECHATPAY2-SHA256-RSA2048',
    };
  }

  private async post(url: string, notice: SignedNotice): Promise<number> {
    const answer = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Mozilla/4.0', ...notice.headers },
      body: notice.rawBody,
    });
    await answer.arrayBuffer();
    return answer.status;
  }
}

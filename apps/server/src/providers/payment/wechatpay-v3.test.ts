import { createSign, createVerify, generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMerchantKeys, WechatPayV3Fake } from '../../../test/fakes/wechatpay-v3-fake';
import { shanghaiDate } from '../../../test/fakes/wechatpay-v3-fake-records';
import { PaymentCallbackError, type PaymentNotice, PaymentProviderError } from './payment-provider';
import { decryptAeadAes256Gcm } from './wechatpay/aead';
import {
  buildAuthorization,
  buildRequestSigningMessage,
  buildVerificationMessage,
} from './wechatpay/signing';
import { toShanghaiRfc3339, WechatPayV3Provider } from './wechatpay-v3';

const MCHID = '1900009191';
const APPID = 'wxd678efh567hg6787';
const API_V3_KEY = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';

/** Catches a rejection so a test can assert its code or reason. */
async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

/** The app's notify endpoint: hands the raw request to parseCallback, as the orders route will. */
function startNotifyEndpoint(provider: () => WechatPayV3Provider) {
  const received: PaymentNotice[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      provider()
        .parseCallback({ headers: request.headers, rawBody: Buffer.concat(chunks).toString('utf8') })
        .then((notice) => {
          received.push(notice);
          response.writeHead(204).end();
        })
        .catch((error: Error) => {
          response.writeHead(401, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ code: 'FAIL', message: error.message }));
        });
    });
  });
  return { server, received };
}

describe.each([{ mode: 'platform_certificate' as const }, { mode: 'public_key' as const }])(
  'WechatPayV3Provider against a local fake of APIv3 ($mode)',
  ({ mode }) => {
    const merchant = createMerchantKeys();
    const fake = new WechatPayV3Fake({
      mchid: MCHID,
      appid: APPID,
      merchantSerialNo: merchant.serialNo,
      merchantPublicKeyPem: merchant.publicKeyPem,
      apiV3Key: API_V3_KEY,
      platform: { mode },
    });
    const makeProvider = (privateKeyPem = merchant.privateKeyPem) =>
      new WechatPayV3Provider({
        baseUrl: fake.baseUrl,
        mchid: MCHID,
        appid: APPID,
        merchantSerialNo: merchant.serialNo,
        merchantPrivateKeyPem: privateKeyPem,
        apiV3Key: API_V3_KEY,
        verifier: fake.verifierOptions(),
      });
    let provider: WechatPayV3Provider;
    const endpoint = startNotifyEndpoint(() => provider);
    let notifyUrl = '';
    let sequence = 0;

    beforeAll(async () => {
      await fake.start();
      await new Promise<void>((resolve) => endpoint.server.listen(0, '127.0.0.1', resolve));
      notifyUrl = `http://127.0.0.1:${(endpoint.server.address() as AddressInfo).port}/api/payments/wechatpay/notify`;
      provider = makeProvider();
    });
    afterAll(async () => {
      await fake.stop();
      await new Promise<void>((resolve) => endpoint.server.close(() => resolve()));
    });

    async function createOrder(amountFen = 9900) {
      sequence += 1;
      const outTradeNo = `PO${mode === 'public_key' ? 'K' : 'C'}${Date.now()}${sequence}`;
      const { codeUrl } = await provider.createNativeOrder({
        outTradeNo,
        description: '开放招聘-积分充值 990 积分',
        amountFen,
        expiresAt: new Date('2026-12-01T02:30:00Z'),
        notifyUrl,
      });
      return { outTradeNo, codeUrl };
    }

    it('creates a Native order and returns the code_url to show as a QR code', async () => {
      const { outTradeNo, codeUrl } = await createOrder();
      expect(codeUrl).toMatch(/^weixin:\/\/wxpay\/bizpayurl\?pr=\w{7}$/);
      const sent = fake.requests.at(-1)!;
      expect(sent.method).toBe('POST');
      expect(sent.path).toBe('/v3/pay/transactions/native');
      expect(JSON.parse(sent.body)).toEqual({
        appid: APPID,
        mchid: MCHID,
        description: '开放招聘-积分充值 990 积分',
        out_trade_no: outTradeNo,
        time_expire: '2026-12-01T10:30:00+08:00',
        notify_url: notifyUrl,
        amount: { total: 9900, currency: 'CNY' },
      });
    });

    it('queries NOTPAY, then SUCCESS once paid, and the app accepts the signed notice', async () => {
      const { outTradeNo } = await createOrder(1990);
      expect(await provider.queryOrder(outTradeNo)).toEqual({
        state: 'NOTPAY',
        amountFen: 1990,
        transactionId: undefined,
      });
      expect(fake.requests.at(-1)!.path).toBe(
        `/v3/pay/transactions/out-trade-no/${outTradeNo}?mchid=${MCHID}`,
      );

      expect(await fake.pay(outTradeNo)).toBe(204);
      const order = fake.orders.get(outTradeNo)!;
      expect(endpoint.received.at(-1)).toEqual({
        eventType: 'TRANSACTION.SUCCESS',
        eventId: order.noticeId,
        outTradeNo,
        transactionId: order.transactionId,
        tradeState: 'SUCCESS',
        amountFen: 1990,
        paidAt: new Date(Math.floor(order.paidAt!.getTime() / 1000) * 1000),
      });
      expect(await provider.queryOrder(outTradeNo)).toEqual({
        state: 'SUCCESS',
        amountFen: 1990,
        transactionId: order.transactionId,
        paidAt: new Date(Math.floor(order.paidAt!.getTime() / 1000) * 1000),
      });
    });

    it('reports the amount WeChat says was paid, even when it differs from the order', async () => {
      const { outTradeNo } = await createOrder(5000);
      await fake.pay(outTradeNo, { amountFen: 1 });
      expect(endpoint.received.at(-1)).toMatchObject({ outTradeNo, amountFen: 1 });
    });

    it('closes an unpaid order; a paid one fails with ORDERPAID, an unknown query with ORDER_NOT_EXIST', async () => {
      const unpaid = await createOrder();
      await provider.closeOrder(unpaid.outTradeNo);
      expect(fake.requests.at(-1)).toMatchObject({
        method: 'POST',
        path: `/v3/pay/transactions/out-trade-no/${unpaid.outTradeNo}/close`,
        body: JSON.stringify({ mchid: MCHID }),
      });
      expect(await provider.queryOrder(unpaid.outTradeNo)).toMatchObject({ state: 'CLOSED' });

      const paid = await createOrder();
      await fake.pay(paid.outTradeNo);
      const error = await failure(provider.closeOrder(paid.outTradeNo));
      expect(error).toBeInstanceOf(PaymentProviderError);
      expect(error).toMatchObject({ code: 'ORDERPAID', message: '订单已支付', httpStatus: 400 });

      expect(await failure(provider.queryOrder('NO-SUCH-ORDER'))).toMatchObject({
        code: 'ORDER_NOT_EXIST',
        message: '订单不存在',
        httpStatus: 404,
      });
    });

    it('refunds: PROCESSING, idempotent by out_refund_no, then a REFUND.SUCCESS notice', async () => {
      const { outTradeNo } = await createOrder(3000);
      await fake.pay(outTradeNo);
      const refund = {
        outTradeNo,
        outRefundNo: `R${outTradeNo}`,
        refundFen: 1000,
        totalFen: 3000,
        reason: '积分未使用',
      };
      const first = await provider.refund({ ...refund, notifyUrl });
      expect(first).toEqual({
        refundId: fake.refunds.get(refund.outRefundNo)!.refundId,
        status: 'PROCESSING',
      });
      expect(JSON.parse(fake.requests.at(-1)!.body)).toEqual({
        out_trade_no: outTradeNo,
        out_refund_no: refund.outRefundNo,
        reason: '积分未使用',
        notify_url: notifyUrl,
        amount: { refund: 1000, total: 3000, currency: 'CNY' },
      });
      expect(await provider.refund({ ...refund, notifyUrl })).toEqual(first);
      expect(
        await failure(provider.refund({ ...refund, outRefundNo: `X${outTradeNo}`, refundFen: 2001 })),
      ).toMatchObject({
        code: 'INVALID_REQUEST',
        message: '申请退款金额超过订单可退金额',
      });
      expect(await provider.queryOrder(outTradeNo)).toMatchObject({ state: 'REFUND', amountFen: 3000 });

      expect(await fake.settleRefund(refund.outRefundNo)).toBe(204);
      expect(endpoint.received.at(-1)).toMatchObject({
        eventType: 'REFUND.SUCCESS',
        outTradeNo,
        outRefundNo: refund.outRefundNo,
        refundId: first.refundId,
        refundStatus: 'SUCCESS',
        refundFen: 1000,
        totalFen: 3000,
      });
    });

    it("downloads the day's trade bill, checks its SHA1 and reads its rows in fen", async () => {
      const { outTradeNo } = await createOrder(12345);
      await fake.pay(outTradeNo);
      await provider.refund({
        outTradeNo,
        outRefundNo: `B${outTradeNo}`,
        refundFen: 45,
        totalFen: 12345,
        reason: '测试',
      });
      const order = fake.orders.get(outTradeNo)!;
      const date = shanghaiDate(order.paidAt!);

      const rows = await provider.tradeBill(date);
      expect(fake.requests.at(-2)!.path).toBe(`/v3/bill/tradebill?bill_date=${date}&bill_type=ALL`);
      expect(fake.requests.at(-1)!.path).toMatch(/^\/v3\/billdownload\/file\?token=/);
      const ofOrder = rows.filter((row) => row.outTradeNo === outTradeNo);
      expect(ofOrder).toEqual([
        {
          tradeTime: new Date(Math.floor(order.paidAt!.getTime() / 1000) * 1000),
          transactionId: order.transactionId,
          outTradeNo,
          tradeState: 'SUCCESS',
          amountFen: 12345,
          settlementFen: 12345,
        },
        expect.objectContaining({
          tradeState: 'REFUND',
          refundFen: 45,
          outRefundNo: `B${outTradeNo}`,
          refundId: fake.refunds.get(`B${outTradeNo}`)!.refundId,
          refundStatus: 'PROCESSING',
        }),
      ]);
      expect(await provider.tradeBill('2020-01-01')).toEqual([]);
    });

    it('refuses a bill whose content does not match the announced hash', async () => {
      const { outTradeNo } = await createOrder();
      await fake.pay(outTradeNo);
      fake.controls.tamperBills = true;
      try {
        const error = await failure(provider.tradeBill(shanghaiDate(fake.orders.get(outTradeNo)!.paidAt!)));
        expect(error).toMatchObject({ code: 'BILL_HASH_MISMATCH' });
      } finally {
        fake.controls.tamperBills = false;
      }
    });

    describe('callbacks', () => {
      let paidTradeNo = '';
      beforeAll(async () => {
        paidTradeNo = (await createOrder(800)).outTradeNo;
        await fake.pay(paidTradeNo);
      });

      it('parses a resent notice to the same event id, so the ledger can ignore the replay', async () => {
        const first = await provider.parseCallback(fake.callbackPayload(paidTradeNo));
        const again = await provider.parseCallback(fake.callbackPayload(paidTradeNo));
        expect(again).toEqual(first);
        expect(first).toMatchObject({
          eventType: 'TRANSACTION.SUCCESS',
          outTradeNo: paidTradeNo,
          amountFen: 800,
        });
      });

      it.each([
        ['a signature by another key', { wrongKey: true }, 'BAD_SIGNATURE'],
        ['an unknown serial', { serial: 'PUB_KEY_ID_0000000000000000000000000000' }, 'UNKNOWN_SERIAL'],
        ['a timestamp 6 minutes old', { timestamp: Math.floor(Date.now() / 1000) - 360 }, 'STALE_TIMESTAMP'],
        [
          'a timestamp 6 minutes ahead',
          { timestamp: Math.floor(Date.now() / 1000) + 360 },
          'STALE_TIMESTAMP',
        ],
        ['a corrupted ciphertext, signed again', { corruptCiphertext: true }, 'BAD_CIPHERTEXT'],
      ])('refuses %s', async (_name, tampering, reason) => {
        const error = await failure(provider.parseCallback(fake.callbackPayload(paidTradeNo, tampering)));
        expect(error).toBeInstanceOf(PaymentCallbackError);
        expect(error).toMatchObject({ reason });
      });

      it('refuses a body changed after signing, and one without the signature headers', async () => {
        const { headers, rawBody } = fake.callbackPayload(paidTradeNo);
        const changed = rawBody.replace('"summary":"支付成功"', '"summary":"支付成功 "');
        expect(changed).not.toBe(rawBody);
        expect(await failure(provider.parseCallback({ headers, rawBody: changed }))).toMatchObject({
          reason: 'BAD_SIGNATURE',
        });
        const { 'wechatpay-signature': _dropped, ...unsigned } = headers;
        expect(await failure(provider.parseCallback({ headers: unsigned, rawBody }))).toMatchObject({
          reason: 'MISSING_HEADERS',
        });
      });

      it('answers a forged notice POSTed to the endpoint with an error, so WeChat would retry', async () => {
        const forged = fake.callbackPayload(paidTradeNo, { wrongKey: true });
        const count = endpoint.received.length;
        const response = await fetch(notifyUrl, {
          method: 'POST',
          headers: forged.headers,
          body: forged.rawBody,
        });
        expect(response.status).toBe(401);
        expect(endpoint.received).toHaveLength(count);
      });
    });

    it("surfaces the fake's SIGN_ERROR when requests are signed with a key that is not the merchant's", async () => {
      const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
        type: 'pkcs8',
        format: 'pem',
      });
      const error = await failure(makeProvider(stranger.toString()).queryOrder('ANY'));
      expect(error).toBeInstanceOf(PaymentProviderError);
      expect(error).toMatchObject({ code: 'SIGN_ERROR', httpStatus: 401 });
    });

    it('refuses a response the server did not sign with the platform key', async () => {
      fake.controls.signResponsesWithWrongKey = true;
      try {
        const error = await failure(createOrder());
        expect(error).toMatchObject({ code: 'INVALID_RESPONSE_SIGNATURE' });
      } finally {
        fake.controls.signResponsesWithWrongKey = false;
      }
    });
  },
);

describe('WechatPayV3Provider without a reachable server', () => {
  it('turns a network failure into PaymentProviderError NETWORK_ERROR', async () => {
    const merchant = createMerchantKeys();
    const platform = createMerchantKeys();
    const provider = new WechatPayV3Provider({
      baseUrl: 'http://127.0.0.1:9',
      mchid: MCHID,
      appid: APPID,
      merchantSerialNo: merchant.serialNo,
      merchantPrivateKeyPem: merchant.privateKeyPem,
      apiV3Key: API_V3_KEY,
      verifier: {
        mode: 'public_key',
        publicKeyId: 'PUB_KEY_ID_0114232134912410000000000000',
        publicKeyPem: platform.publicKeyPem,
      },
    });
    expect(await failure(provider.queryOrder('ANY'))).toMatchObject({ code: 'NETWORK_ERROR' });
  });
});

describe('WeChat Pay APIv3 known answers', () => {
  it('builds the request signing message of the documented example (GET /v3/certificates)', () => {
    expect(
      buildRequestSigningMessage({
        method: 'GET',
        pathWithQuery: '/v3/certificates',
        timestamp: '1554208460',
        nonce: '593BEC0C930BF1AFEB40B4A08C8FB242',
        body: '',
      }),
    ).toBe('GET\n/v3/certificates\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n\n');
    expect(buildVerificationMessage('1554209980', 'c5ac7061fccab6bf3e254dcf98995b8c', '{"a":1}')).toBe(
      '1554209980\nc5ac7061fccab6bf3e254dcf98995b8c\n{"a":1}\n',
    );
  });

  it('puts an RSA-SHA256 signature of that message in the documented Authorization header', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const header = buildAuthorization({
      mchid: '1900009191',
      serialNo: '1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C',
      privateKey,
      method: 'POST',
      url: new URL('https://api.mch.weixin.qq.com/v3/pay/transactions/native?x=1'),
      body: '{"a":1}',
      timestamp: '1554208460',
      nonce: '593BEC0C930BF1AFEB40B4A08C8FB242',
    });
    const match =
      /^WECHATPAY2-SHA256-RSA2048 mchid="1900009191",nonce_str="593BEC0C930BF1AFEB40B4A08C8FB242",signature="([A-Za-z0-9+/=]{344})",timestamp="1554208460",serial_no="1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C"$/.exec(
        header,
      );
    expect(match).not.toBeNull();
    const message =
      'POST\n/v3/pay/transactions/native?x=1\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n{"a":1}\n';
    expect(createVerify('RSA-SHA256').update(message).verify(publicKey, match![1]!, 'base64')).toBe(true);
    // PKCS#1 v1.5 is deterministic: the same key and message give the same signature.
    expect(createSign('RSA-SHA256').update(message).sign(privateKey, 'base64')).toBe(match![1]);
  });

  it('decrypts AEAD_AES_256_GCM as in the GCM specification (test case 16) and refuses a wrong tag', () => {
    const hex = (value: string) => Buffer.from(value, 'hex');
    const input = {
      key: hex('feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308'),
      nonce: hex('cafebabefacedbaddecaf888'),
      associatedData: hex('feedfacedeadbeeffeedfacedeadbeefabaddad2'),
      ciphertext: hex(
        '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662' +
          '76fc6ece0f4e1768cddf8853bb2d551b',
      ),
    };
    expect(decryptAeadAes256Gcm(input).toString('hex')).toBe(
      'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39',
    );
    const wrongTag = Buffer.from(input.ciphertext);
    wrongTag.writeUInt8(wrongTag.at(-1)! ^ 1, wrongTag.length - 1);
    expect(() => decryptAeadAes256Gcm({ ...input, ciphertext: wrongTag })).toThrow();
  });

  it('writes time_expire in Beijing time with its offset', () => {
    expect(toShanghaiRfc3339(new Date('2026-12-01T16:30:05.900Z'))).toBe('2026-12-02T00:30:05+08:00');
  });
});

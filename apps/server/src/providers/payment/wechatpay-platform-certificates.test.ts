import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMerchantKeys, WechatPayV3Fake } from '../../../test/fakes/wechatpay-v3-fake';
import { PaymentCallbackError } from './payment-provider';
import { WechatPayV3Provider } from './wechatpay-v3';

const MCHID = '1900009191';
const APPID = 'wxd678efh567hg6787';
const API_V3_KEY = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';
const HOUR = 3_600_000;

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

// platform_certificate mode with nothing configured: the adapter downloads GET /v3/certificates.
describe('WechatPayV3Provider downloading platform certificates (下载平台证书)', () => {
  let now = Date.now();
  const clock = () => new Date(now);
  const merchant = createMerchantKeys();
  const fake = new WechatPayV3Fake({
    mchid: MCHID,
    appid: APPID,
    merchantSerialNo: merchant.serialNo,
    merchantPublicKeyPem: merchant.publicKeyPem,
    apiV3Key: API_V3_KEY,
    platform: { mode: 'platform_certificate' },
    now: clock,
  });
  const makeProvider = () =>
    new WechatPayV3Provider({
      baseUrl: fake.baseUrl,
      mchid: MCHID,
      appid: APPID,
      merchantSerialNo: merchant.serialNo,
      merchantPrivateKeyPem: merchant.privateKeyPem,
      apiV3Key: API_V3_KEY,
      verifier: fake.verifierOptions({ download: true }),
      clock,
    });
  // The fake POSTs its notices here; the tests take them from fake.callbackPayload instead.
  const sink = http.createServer((_request, response) => response.writeHead(204).end());
  const downloads = () => fake.requests.filter((request) => request.path === '/v3/certificates').length;
  let paidTradeNo = '';

  beforeAll(async () => {
    await fake.start();
    await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
    paidTradeNo = `POD${Date.now()}`;
    await makeProvider().createNativeOrder({
      outTradeNo: paidTradeNo,
      description: '开放招聘-快点充值 100 快点',
      amountFen: 10_000,
      expiresAt: new Date(now + HOUR),
      notifyUrl: `http://127.0.0.1:${(sink.address() as AddressInfo).port}/notify`,
    });
    await fake.pay(paidTradeNo);
  });
  afterAll(async () => {
    await fake.stop();
    await new Promise<void>((resolve) => sink.close(() => resolve()));
  });

  it('downloads the certificates before the first verification, once, and verifies a callback', async () => {
    const provider = makeProvider();
    const before = downloads();
    const notice = await provider.parseCallback(fake.callbackPayload(paidTradeNo));
    expect(notice).toMatchObject({
      eventType: 'TRANSACTION.SUCCESS',
      outTradeNo: paidTradeNo,
      amountFen: 10_000,
    });
    await provider.queryOrder(paidTradeNo);
    expect(downloads()).toBe(before + 1);
    const listed = fake.requests.filter((request) => request.path === '/v3/certificates').at(-1);
    expect(listed).toMatchObject({ method: 'GET', body: '' });
  });

  it('after WeChat rotates, a notice with the new serial triggers one download and verifies', async () => {
    const provider = makeProvider();
    const oldSerial = fake.platformSerial;
    expect(await provider.refreshPlatformCertificates()).toEqual([oldSerial]);
    const newSerial = fake.rotatePlatformCertificate();
    const before = downloads();
    expect(await provider.parseCallback(fake.callbackPayload(paidTradeNo))).toMatchObject({
      outTradeNo: paidTradeNo,
    });
    expect(await provider.parseCallback(fake.callbackPayload(paidTradeNo))).toMatchObject({
      outTradeNo: paidTradeNo,
    });
    expect(downloads()).toBe(before + 1);
    // A serial WeChat does not list, a minute later: one download, then none for a minute, refused each time.
    now += 61_000;
    const unknown = { serial: '7E57000000000000000000000000000000000001' };
    for (let i = 0; i < 3; i += 1) {
      expect(await failure(provider.parseCallback(fake.callbackPayload(paidTradeNo, unknown)))).toMatchObject(
        {
          reason: 'UNKNOWN_SERIAL',
        },
      );
    }
    expect(downloads()).toBe(before + 2);
    now += 61_000;
    await failure(provider.parseCallback(fake.callbackPayload(paidTradeNo, unknown)));
    expect(downloads()).toBe(before + 3);

    // 12 hours on, the next verification downloads again; 25 hours on, the old one has expired.
    now += 12 * HOUR;
    await provider.queryOrder(paidTradeNo);
    expect(downloads()).toBe(before + 4);
    expect(await provider.refreshPlatformCertificates()).toEqual([oldSerial, newSerial]);
    now += 13 * HOUR;
    expect(await provider.refreshPlatformCertificates()).toEqual([newSerial]);
  });

  it('refuses a list whose certificate ciphertext was tampered with, and so every notice', async () => {
    const provider = makeProvider();
    fake.controls.tamperCertificates = true;
    try {
      expect(await failure(provider.refreshPlatformCertificates())).toMatchObject({
        code: 'CERTIFICATE_DECRYPT_FAILED',
      });
      const refused = await failure(provider.parseCallback(fake.callbackPayload(paidTradeNo)));
      expect(refused).toBeInstanceOf(PaymentCallbackError);
      expect(refused).toMatchObject({ reason: 'UNKNOWN_SERIAL' });
      // Within the minute no new download is tried: the answer cannot be verified.
      expect(await failure(provider.queryOrder(paidTradeNo))).toMatchObject({
        code: 'INVALID_RESPONSE_SIGNATURE',
      });
    } finally {
      fake.controls.tamperCertificates = false;
    }
  });

  it('still refuses a bad signature, and a certificate list not signed by its own certificates', async () => {
    const provider = makeProvider();
    expect(
      await failure(provider.parseCallback(fake.callbackPayload(paidTradeNo, { wrongKey: true }))),
    ).toMatchObject({ reason: 'BAD_SIGNATURE' });
    fake.controls.signResponsesWithWrongKey = true;
    try {
      expect(await failure(makeProvider().refreshPlatformCertificates())).toMatchObject({
        code: 'INVALID_RESPONSE_SIGNATURE',
      });
    } finally {
      fake.controls.signResponsesWithWrongKey = false;
    }
  });
});

import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createSignedInEmployer, createSignedInOperator, createTestCompany } from '../../../test/factories';
import { createMerchantKeys, WechatPayV3Fake } from '../../../test/fakes/wechatpay-v3-fake';
import { WechatPayV3Provider } from '../../providers/payment/wechatpay-v3';
import { balanceOf } from './ledger-balances';

const MCHID = '1900009191';
const APPID = 'wxd678efh567hg6787';
const API_V3_KEY = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// The whole path against the local fake of WeChat Pay, in platform_certificate mode with nothing
// configured: the app listens, the fake POSTs its signed notices to it.
describe('WeChat Pay refunds end to end (platform certificates downloaded)', () => {
  const merchant = createMerchantKeys();
  const fake = new WechatPayV3Fake({
    mchid: MCHID,
    appid: APPID,
    merchantSerialNo: merchant.serialNo,
    merchantPublicKeyPem: merchant.publicKeyPem,
    apiV3Key: API_V3_KEY,
    platform: { mode: 'platform_certificate' },
  });
  let t: TestApp;

  beforeAll(async () => {
    await fake.start();
    const port = await freePort();
    t = await buildTestApp({ env: { PUBLIC_URL: `http://127.0.0.1:${port}` } });
    // The configured provider is the sandbox; this app pays through the fake instead.
    t.app.ctx.providers.payment = new WechatPayV3Provider({
      baseUrl: fake.baseUrl,
      mchid: MCHID,
      appid: APPID,
      merchantSerialNo: merchant.serialNo,
      merchantPrivateKeyPem: merchant.privateKeyPem,
      apiV3Key: API_V3_KEY,
      verifier: fake.verifierOptions({ download: true }),
    });
    await t.app.listen({ port, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await t.close();
    await fake.stop();
  });

  it('pays, refunds (退款中), and takes REFUND.SUCCESS once, also after WeChat rotates its certificate', async () => {
    const company = await createTestCompany(t.database.db);
    const hr = await createSignedInEmployer(t.app, company.id);
    const ops = await createSignedInOperator(t.app, { loginName: 'wxpay-refund-ops', ip: '198.51.100.233' });
    const order = await hr.client.post(
      '/api/employer/points/recharges',
      { points: 100, agreed: true },
      { 'idempotency-key': randomUUID() },
    );
    expect(order.body).toMatchObject({ provider: 'wechatpay', state: 'created' });
    expect(order.body.codeUrl).toMatch(/^weixin:\/\/wxpay\/bizpayurl/);
    expect(await fake.pay(order.body.outTradeNo)).toBe(204);
    expect(await balanceOf(t.database.db, { kind: 'company_wallet', companyId: company.id })).toBe(100);

    const refunded = await ops.client.post(`/api/ops/orders/${order.body.id}/refund`, { reason: '客户申请' });
    expect(refunded.body).toMatchObject({
      state: 'refunded',
      refundStatus: 'processing',
      refundSettledAt: null,
    });
    const outRefundNo = `RF${order.body.outTradeNo.slice(2)}`;
    expect(fake.refunds.get(outRefundNo)).toMatchObject({
      refundFen: 10_000,
      notifyUrl: expect.stringMatching(/\/api\/payments\/notify\/wechatpay$/),
    });

    fake.rotatePlatformCertificate();
    const downloads = () => fake.requests.filter((request) => request.path === '/v3/certificates').length;
    const before = downloads();
    expect(await fake.settleRefund(outRefundNo, 'SUCCESS')).toBe(204);
    expect(downloads()).toBe(before + 1);
    const listed = async () =>
      (await ops.client.get(`/api/ops/orders?q=${order.body.outTradeNo}`)).body.items[0];
    const settled = await listed();
    expect(settled).toMatchObject({ refundStatus: 'success' });
    expect(settled.refundSettledAt).not.toBeNull();
    for (let i = 0; i < 3; i += 1) expect(await fake.settleRefund(outRefundNo, 'SUCCESS')).toBe(204);
    expect(await listed()).toEqual(settled);
    expect(downloads()).toBe(before + 1);
  });
});

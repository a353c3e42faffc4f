import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';

// PAYMENT_PROVIDER (config.ts): the sandbox credits 快点 without money, so production refuses it.
describe('the payment provider configuration', () => {
  const aliyun = {
    SMS_PROVIDER: 'aliyun',
    ALIYUN_SMS_ACCESS_KEY_ID: 'id',
    ALIYUN_SMS_ACCESS_KEY_SECRET: 'secret',
    ALIYUN_SMS_SIGN_NAME: '开放招聘',
    ALIYUN_SMS_TEMPLATE_CODE: 'SMS_1',
  };

  it('is the sandbox by default, with a configured signing key when given', () => {
    expect(loadConfig({}).payment).toEqual({ provider: 'sandbox', secret: undefined });
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(loadConfig({ SANDBOX_PAYMENT_SECRET: key }).payment).toEqual({
      provider: 'sandbox',
      secret: Buffer.alloc(32, 7),
    });
  });

  it('refuses the sandbox in production unless the deployment is a demo', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', ...aliyun })).toThrow(
      /PAYMENT_PROVIDER=sandbox.*DEMO_MODE=true/,
    );
    expect(loadConfig({ NODE_ENV: 'production', DEMO_MODE: 'true' }).payment.provider).toBe('sandbox');
  });

  it('names every missing WeChat Pay setting', () => {
    expect(() => loadConfig({ PAYMENT_PROVIDER: 'wechatpay', WECHATPAY_MCHID: '1900000109' })).toThrow(
      /PAYMENT_PROVIDER=wechatpay needs WECHATPAY_APPID, WECHATPAY_MERCHANT_SERIAL_NO, WECHATPAY_MERCHANT_PRIVATE_KEY_FILE, WECHATPAY_API_V3_KEY, WECHATPAY_PUBLIC_KEY_ID, WECHATPAY_PUBLIC_KEY_FILE/,
    );
  });

  const wechatpay = {
    PAYMENT_PROVIDER: 'wechatpay',
    WECHATPAY_MCHID: '1900000109',
    WECHATPAY_APPID: 'wxd678efh567hg6787',
    WECHATPAY_MERCHANT_SERIAL_NO: '1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C',
    WECHATPAY_MERCHANT_PRIVATE_KEY_FILE: '/etc/openrecruit/apiclient_key.pem',
    WECHATPAY_API_V3_KEY: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6',
  };

  it('verifies with 微信支付公钥 by default, and needs its id and file then', () => {
    const keys = {
      WECHATPAY_PUBLIC_KEY_ID: 'PUB_KEY_ID_0114232134912410000000000000',
      WECHATPAY_PUBLIC_KEY_FILE: '/k.pem',
    };
    expect(loadConfig({ ...wechatpay, ...keys }).payment).toMatchObject({
      provider: 'wechatpay',
      verify: { mode: 'public_key', publicKeyId: keys.WECHATPAY_PUBLIC_KEY_ID, publicKeyFile: '/k.pem' },
    });
    expect(() => loadConfig({ ...wechatpay, WECHATPAY_VERIFY_MODE: 'public_key' })).toThrow(
      /PAYMENT_PROVIDER=wechatpay needs WECHATPAY_PUBLIC_KEY_ID, WECHATPAY_PUBLIC_KEY_FILE$/,
    );
  });

  it('in platform_certificate mode needs no public key (the adapter downloads the certificates)', () => {
    const config = loadConfig({ ...wechatpay, WECHATPAY_VERIFY_MODE: 'platform_certificate' });
    expect(config.payment).toEqual({
      provider: 'wechatpay',
      mchid: '1900000109',
      appid: 'wxd678efh567hg6787',
      merchantSerialNo: '1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C',
      merchantPrivateKeyFile: '/etc/openrecruit/apiclient_key.pem',
      apiV3Key: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6',
      verify: { mode: 'platform_certificate' },
    });
    expect(() =>
      loadConfig({ PAYMENT_PROVIDER: 'wechatpay', WECHATPAY_VERIFY_MODE: 'platform_certificate' }),
    ).toThrow(
      /needs WECHATPAY_MCHID, WECHATPAY_APPID, WECHATPAY_MERCHANT_SERIAL_NO, WECHATPAY_MERCHANT_PRIVATE_KEY_FILE, WECHATPAY_API_V3_KEY$/,
    );
    expect(() => loadConfig({ ...wechatpay, WECHATPAY_VERIFY_MODE: 'certificate' })).toThrow(
      /WECHATPAY_VERIFY_MODE/,
    );
  });
});

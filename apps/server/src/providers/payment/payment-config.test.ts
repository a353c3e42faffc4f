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
});

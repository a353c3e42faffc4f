import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';

// MAIL_PROVIDER (config.ts): the outbox sends nothing, so production refuses it outside a demo.
describe('the mail provider configuration', () => {
  const realProviders = {
    SMS_PROVIDER: 'aliyun',
    ALIYUN_SMS_ACCESS_KEY_ID: 'id',
    ALIYUN_SMS_ACCESS_KEY_SECRET: 'secret',
    ALIYUN_SMS_SIGN_NAME: '开放招聘',
    ALIYUN_SMS_TEMPLATE_CODE: 'SMS_1',
    PAYMENT_PROVIDER: 'wechatpay',
    WECHATPAY_MCHID: '1900000109',
    WECHATPAY_APPID: 'wx1',
    WECHATPAY_MERCHANT_SERIAL_NO: 'serial',
    WECHATPAY_MERCHANT_PRIVATE_KEY_FILE: '/keys/apiclient_key.pem',
    WECHATPAY_API_V3_KEY: 'k'.repeat(32),
    WECHATPAY_PUBLIC_KEY_ID: 'PUB_KEY_ID_1',
    WECHATPAY_PUBLIC_KEY_FILE: '/keys/pub_key.pem',
  };

  it('is the outbox by default', () => {
    expect(loadConfig({}).mail).toEqual({ provider: 'outbox' });
  });

  it('takes SMTP with its address and sender, and names what is missing', () => {
    expect(
      loadConfig({
        MAIL_PROVIDER: 'smtp',
        SMTP_URL: 'smtps://noreply%40example.com:pw@smtp.example.com:465',
        MAIL_FROM: '开放招聘 <noreply@example.com>',
      }).mail,
    ).toEqual({
      provider: 'smtp',
      url: 'smtps://noreply%40example.com:pw@smtp.example.com:465',
      from: '开放招聘 <noreply@example.com>',
    });
    expect(() => loadConfig({ MAIL_PROVIDER: 'smtp' })).toThrow(
      '配置有误 (invalid configuration): MAIL_PROVIDER=smtp needs SMTP_URL, MAIL_FROM',
    );
    expect(() => loadConfig({ MAIL_PROVIDER: 'smtp', SMTP_URL: 'http://x', MAIL_FROM: 'a@b.cn' })).toThrow(
      'SMTP_URL: 必须是 smtp:// 或 smtps:// 开头的地址',
    );
  });

  it('refuses the outbox in production unless the deployment is a demo', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', ...realProviders })).toThrow(
      /MAIL_PROVIDER=outbox.*DEMO_MODE=true/,
    );
    expect(loadConfig({ NODE_ENV: 'production', DEMO_MODE: 'true' }).mail.provider).toBe('outbox');
    const smtp = { MAIL_PROVIDER: 'smtp', SMTP_URL: 'smtp://u:p@127.0.0.1:25', MAIL_FROM: 'a@b.cn' };
    expect(loadConfig({ NODE_ENV: 'production', ...realProviders, ...smtp }).mail.provider).toBe('smtp');
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('defaults to the embedded database under ./data on 127.0.0.1:3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      seedDemo: true,
      sms: { provider: 'outbox' },
    });
    expect(config.database).toEqual({ engine: 'pglite', dir: path.resolve('data/pglite') });
  });

  it('uses PostgreSQL when DATABASE_URL is set, and treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@127.0.0.1/db' }).database.engine).toBe('postgres');
    expect(loadConfig({ DATABASE_URL: '' }).database.engine).toBe('pglite');
  });

  it('stops with a message naming each bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', PII_KEY: 'short' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL: 必须是 postgres:// 或 postgresql:// 开头的连接串');
      expect(message).toContain('PII_KEY: 必须是32字节密钥的base64编码');
    }
  });

  it('needs the real SMS provider credentials and a shared PII key in production on PostgreSQL', () => {
    expect(() => loadConfig({ SMS_PROVIDER: 'aliyun' })).toThrow(/ALIYUN_SMS_ACCESS_KEY_ID/);
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@h/db' })).toThrow(
      /PII_KEY is required/,
    );
  });

  it('is safe by default in production: no outbox without DEMO_MODE, no developer aids, secure cookies, no trusted proxy', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SMS_PROVIDER=outbox.*DEMO_MODE=true/);
    const demo = loadConfig({ NODE_ENV: 'production', DEMO_MODE: 'true' });
    expect(demo).toMatchObject({ demoMode: true, devTools: false, cookieSecure: true, trustProxy: false });
    expect(loadConfig({ NODE_ENV: 'production', DEMO_MODE: 'true', DEV_TOOLS: 'true' }).devTools).toBe(true);
    expect(
      loadConfig({ NODE_ENV: 'production', DEMO_MODE: 'true', COOKIE_SECURE: 'false' }).cookieSecure,
    ).toBe(false);
    expect(loadConfig({}).cookieSecure).toBe(false);
    expect(loadConfig({}).devTools).toBe(true);
  });

  it('trusts only the configured proxies', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.1.0.0/16' }).trustProxy).toEqual([
      '10.0.0.1',
      '10.1.0.0/16',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: 'true; rm' })).toThrow(/TRUST_PROXY/);
    expect(loadConfig({ PUBLIC_URL: 'https://jobs.example.cn/' }).publicUrl).toBe('https://jobs.example.cn');
  });
});

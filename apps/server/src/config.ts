import path from 'node:path';
import { z } from 'zod';

/**
 * All configuration comes from the environment, is validated once at boot and fails with a message
 * that names the variable. Nothing else reads process.env.
 */
const Env = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, '必须是 postgres:// 或 postgresql:// 开头的连接串')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** 32 bytes, base64: the AES-256-GCM key for personal data. Generated into DATA_DIR when absent. */
  PII_KEY: z
    .string()
    .refine((value) => Buffer.from(value, 'base64').length === 32, '必须是32字节密钥的base64编码')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Load demo data when the database is empty. */
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  /** Session cookies only over HTTPS: on by default in production (docs/decisions/013-production-defaults.md). */
  COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  /**
   * Which reverse proxies' X-Forwarded-For to believe (it decides the client address that login
   * throttling and SMS caps count): a hop count (`1` behind one proxy) or a comma-separated list of
   * proxy addresses or CIDR ranges. Unset: none, the socket's address counts.
   */
  TRUST_PROXY: z
    .string()
    .regex(
      /^(\d+|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/,
      '必须是代理层数（如 1）或以逗号分隔的代理地址/网段',
    )
    .optional(),
  /**
   * A public demonstration: production with the SMS outbox (codes listed at /dev/sms) is refused
   * unless this says the deployment is a demo.
   */
  DEMO_MODE: z.enum(['true', 'false']).default('false'),
  /** The developer aids (/dev/sms, /dev/captcha, /dev/wechat): on outside production, off in it unless `true`. */
  DEV_TOOLS: z.enum(['true', 'false']).optional(),
  /** The address people reach the platform at (share links, QR codes, notices): https://jobs.example.gov.cn */
  PUBLIC_URL: z.string().url('必须是完整的网址，如 https://jobs.example.cn').optional(),
  /** Strict-Transport-Security max-age in seconds, sent when > 0 (only behind HTTPS). */
  HSTS_MAX_AGE: z.coerce.number().int().min(0).max(63_072_000).default(0),
  /** outbox: messages are kept in the database and listed at /dev/sms. aliyun: real SMS. */
  SMS_PROVIDER: z.enum(['outbox', 'aliyun']).default('outbox'),
  ALIYUN_SMS_ENDPOINT: z.string().url().default('https://dysmsapi.aliyuncs.com/'),
  ALIYUN_SMS_ACCESS_KEY_ID: z.string().optional(),
  ALIYUN_SMS_ACCESS_KEY_SECRET: z.string().optional(),
  ALIYUN_SMS_SIGN_NAME: z.string().optional(),
  ALIYUN_SMS_TEMPLATE_CODE: z.string().optional(),
  /** Where the built web app lives; the server serves it when the folder exists. */
  WEB_DIST_DIR: z.string().optional(),
  /**
   * 账号绑定 (seed 002): the WeChat official account that sends notices. All four set: the real
   * account; none: a local sandbox (bindings by 模拟扫码 in development, messages listed at /dev/wechat).
   */
  WECHAT_APP_ID: z.string().optional(),
  WECHAT_APP_SECRET: z.string().optional(),
  WECHAT_TOKEN: z.string().optional(),
  WECHAT_TEMPLATE_ID: z.string().optional(),
  WECHAT_API_BASE: z.string().url().default('https://api.weixin.qq.com'),
  WECHAT_QR_BASE: z.string().url().default('https://mp.weixin.qq.com'),
  /**
   * 充值快点 (issue 12 §2). sandbox: a local cashier page (/pay/sandbox/…) where 支付成功 is clicked,
   * refused in production unless DEMO_MODE=true. wechatpay: WeChat Pay APIv3 Native payment.
   */
  PAYMENT_PROVIDER: z.enum(['sandbox', 'wechatpay']).default('sandbox'),
  /** The sandbox's notice-signing key (base64); a random one per process when absent. */
  SANDBOX_PAYMENT_SECRET: z.string().optional(),
  WECHATPAY_MCHID: z.string().optional(),
  WECHATPAY_APPID: z.string().optional(),
  /** The serial of the merchant API certificate, and the file of its private key (PEM). */
  WECHATPAY_MERCHANT_SERIAL_NO: z.string().optional(),
  WECHATPAY_MERCHANT_PRIVATE_KEY_FILE: z.string().optional(),
  /** The APIv3 key (32 characters): decrypts the notices. */
  WECHATPAY_API_V3_KEY: z.string().optional(),
  /**
   * How WeChat Pay's signatures are verified. public_key: with 微信支付公钥 (the two keys below).
   * platform_certificate: with the platform certificates, downloaded from /v3/certificates and
   * refreshed by the adapter (merchants from before the public key; no key file needed).
   */
  WECHATPAY_VERIFY_MODE: z.enum(['public_key', 'platform_certificate']).default('public_key'),
  /** WeChat Pay's public key (微信支付公钥): its id (PUB_KEY_ID_…) and PEM file; public_key mode only. */
  WECHATPAY_PUBLIC_KEY_ID: z.string().optional(),
  WECHATPAY_PUBLIC_KEY_FILE: z.string().optional(),
  /**
   * Outgoing e-mail (开具发票 mails the invoice). outbox: kept in the database and listed at
   * /dev/mail, refused in production unless DEMO_MODE=true. smtp: sent through SMTP_URL.
   */
  MAIL_PROVIDER: z.enum(['outbox', 'smtp']).default('outbox'),
  /** The SMTP server with its credentials: smtps://user:password@smtp.example.com:465 */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, '必须是 smtp:// 或 smtps:// 开头的地址')
    .optional(),
  /** The sender of every e-mail: 开放招聘 <noreply@example.com> */
  MAIL_FROM: z.string().optional(),
  /**
   * 直播宣讲 and video interviews (docs/decisions/020-media.md). p2p: WebRTC peer-to-peer with the
   * app's own signalling (no media server, no recording). livekit: a LiveKit server (large audiences, recordings).
   */
  MEDIA_PROVIDER: z.enum(['p2p', 'livekit']).default('p2p'),
  LIVEKIT_URL: z
    .string()
    .regex(/^(wss?|https?):\/\//, '必须是 wss:// 或 https:// 开头的地址')
    .optional(),
  LIVEKIT_API_KEY: z.string().optional(),
  LIVEKIT_API_SECRET: z.string().optional(),
  /** Record each live broadcast with LiveKit egress (room composite). */
  LIVEKIT_RECORDING: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  /** Comma-separated STUN servers (stun:stun.example.com:3478); none by default: a LAN needs none. */
  ICE_STUN_URLS: z.string().optional(),
  /** Comma-separated TURN servers (turn:turn.example.com:3478?transport=udp,turns:…:5349) of a coturn with use-auth-secret. */
  TURN_URLS: z.string().optional(),
  /** coturn's static-auth-secret: the app derives time-limited credentials from it. */
  TURN_SECRET: z.string().optional(),
  TURN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(3600),
  /** 录播宣讲: the largest video a company may upload, in MB (云校招 > 云宣讲). */
  CLOUD_VIDEO_MAX_MB: z.coerce.number().int().min(1).max(4096).default(200),
});

export type Config = ReturnType<typeof loadConfig>;

export function loadConfig(env: Record<string, string | undefined> = process.env) {
  // An empty variable means "not set" (VAR= in a shell or a .env file).
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`配置有误 (invalid configuration):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.SMS_PROVIDER === 'aliyun') {
    const missing = (
      [
        'ALIYUN_SMS_ACCESS_KEY_ID',
        'ALIYUN_SMS_ACCESS_KEY_SECRET',
        'ALIYUN_SMS_SIGN_NAME',
        'ALIYUN_SMS_TEMPLATE_CODE',
      ] as const
    ).filter((key) => !e[key]);
    if (missing.length > 0) {
      throw new ConfigError(
        `配置有误 (invalid configuration): SMS_PROVIDER=aliyun needs ${missing.join(', ')}`,
      );
    }
  }
  const wechatKeys = ['WECHAT_APP_ID', 'WECHAT_APP_SECRET', 'WECHAT_TOKEN', 'WECHAT_TEMPLATE_ID'] as const;
  const wechatMissing = wechatKeys.filter((key) => !e[key]);
  if (wechatMissing.length > 0 && wechatMissing.length < wechatKeys.length) {
    throw new ConfigError(
      `配置有误 (invalid configuration): the WeChat official account needs ${wechatMissing.join(', ')}`,
    );
  }
  if (e.DATABASE_URL && e.NODE_ENV === 'production' && !e.PII_KEY) {
    // Several instances share one PostgreSQL: they must share one key, so it cannot be generated locally.
    throw new ConfigError(
      '配置有误 (invalid configuration): PII_KEY is required with DATABASE_URL in production',
    );
  }
  const production = e.NODE_ENV === 'production';
  const demoMode = e.DEMO_MODE === 'true';
  if (production && e.SMS_PROVIDER === 'outbox' && !demoMode) {
    throw new ConfigError(
      '配置有误 (invalid configuration): NODE_ENV=production with SMS_PROVIDER=outbox would send no SMS ' +
        '(codes stay in the database); configure a real provider (SMS_PROVIDER=aliyun) or, for a public demo, set DEMO_MODE=true',
    );
  }
  const payment = paymentOf(e, production, demoMode);
  const mail = mailOf(e, production, demoMode);
  const media = mediaOf(e);
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: e.DATABASE_URL
      ? ({ engine: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE } as const)
      : ({ engine: 'pglite', dir: path.join(dataDir, 'pglite') } as const),
    piiKey: e.PII_KEY ? Buffer.from(e.PII_KEY, 'base64') : undefined,
    logLevel: e.LOG_LEVEL,
    seedDemo: e.SEED_DEMO,
    cookieSecure: e.COOKIE_SECURE ? e.COOKIE_SECURE === 'true' : production,
    trustProxy: trustProxyOf(e.TRUST_PROXY),
    demoMode,
    devTools: e.DEV_TOOLS ? e.DEV_TOOLS === 'true' : !production,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    hstsMaxAge: e.HSTS_MAX_AGE,
    sms:
      e.SMS_PROVIDER === 'aliyun'
        ? ({
            provider: 'aliyun',
            endpoint: e.ALIYUN_SMS_ENDPOINT,
            accessKeyId: e.ALIYUN_SMS_ACCESS_KEY_ID!,
            accessKeySecret: e.ALIYUN_SMS_ACCESS_KEY_SECRET!,
            signName: e.ALIYUN_SMS_SIGN_NAME!,
            templateCode: e.ALIYUN_SMS_TEMPLATE_CODE!,
          } as const)
        : ({ provider: 'outbox' } as const),
    uploadsDir: path.join(dataDir, 'uploads'),
    cloudVideoMaxBytes: e.CLOUD_VIDEO_MAX_MB * 1024 * 1024,
    webDistDir: e.WEB_DIST_DIR ? path.resolve(e.WEB_DIST_DIR) : undefined,
    wechat:
      wechatMissing.length === 0
        ? ({
            provider: 'official_account',
            appId: e.WECHAT_APP_ID!,
            appSecret: e.WECHAT_APP_SECRET!,
            token: e.WECHAT_TOKEN!,
            templateId: e.WECHAT_TEMPLATE_ID!,
            apiBase: e.WECHAT_API_BASE.replace(/\/+$/, ''),
            qrBase: e.WECHAT_QR_BASE.replace(/\/+$/, ''),
          } as const)
        : ({ provider: 'sandbox' } as const),
    payment,
    mail,
    media,
  };
}

const WECHATPAY_KEYS = [
  'WECHATPAY_MCHID',
  'WECHATPAY_APPID',
  'WECHATPAY_MERCHANT_SERIAL_NO',
  'WECHATPAY_MERCHANT_PRIVATE_KEY_FILE',
  'WECHATPAY_API_V3_KEY',
] as const;
/** Needed in WECHATPAY_VERIFY_MODE=public_key only. */
const WECHATPAY_PUBLIC_KEY_KEYS = ['WECHATPAY_PUBLIC_KEY_ID', 'WECHATPAY_PUBLIC_KEY_FILE'] as const;

/** The payment provider: the sandbox takes no real money, so production refuses it outside a demo. */
function paymentOf(e: z.infer<typeof Env>, production: boolean, demoMode: boolean) {
  if (e.PAYMENT_PROVIDER === 'sandbox') {
    if (production && !demoMode) {
      throw new ConfigError(
        '配置有误 (invalid configuration): NODE_ENV=production with PAYMENT_PROVIDER=sandbox would credit 快点 ' +
          'without payment; configure PAYMENT_PROVIDER=wechatpay or, for a public demo, set DEMO_MODE=true',
      );
    }
    return {
      provider: 'sandbox',
      secret: e.SANDBOX_PAYMENT_SECRET ? Buffer.from(e.SANDBOX_PAYMENT_SECRET, 'base64') : undefined,
    } as const;
  }
  const publicKeyMode = e.WECHATPAY_VERIFY_MODE === 'public_key';
  const missing = [...WECHATPAY_KEYS, ...(publicKeyMode ? WECHATPAY_PUBLIC_KEY_KEYS : [])].filter(
    (key) => !e[key],
  );
  if (missing.length > 0) {
    throw new ConfigError(
      `配置有误 (invalid configuration): PAYMENT_PROVIDER=wechatpay needs ${missing.join(', ')}`,
    );
  }
  return {
    provider: 'wechatpay',
    mchid: e.WECHATPAY_MCHID!,
    appid: e.WECHATPAY_APPID!,
    merchantSerialNo: e.WECHATPAY_MERCHANT_SERIAL_NO!,
    merchantPrivateKeyFile: e.WECHATPAY_MERCHANT_PRIVATE_KEY_FILE!,
    apiV3Key: e.WECHATPAY_API_V3_KEY!,
    verify: publicKeyMode
      ? ({
          mode: 'public_key',
          publicKeyId: e.WECHATPAY_PUBLIC_KEY_ID!,
          publicKeyFile: e.WECHATPAY_PUBLIC_KEY_FILE!,
        } as const)
      : ({ mode: 'platform_certificate' } as const),
  } as const;
}

/** The mail provider: the outbox sends nothing, so production refuses it outside a demo. */
function mailOf(e: z.infer<typeof Env>, production: boolean, demoMode: boolean) {
  if (e.MAIL_PROVIDER === 'outbox') {
    if (production && !demoMode) {
      throw new ConfigError(
        '配置有误 (invalid configuration): NODE_ENV=production with MAIL_PROVIDER=outbox would send no e-mail ' +
          '(invoices stay in the database); configure MAIL_PROVIDER=smtp or, for a public demo, set DEMO_MODE=true',
      );
    }
    return { provider: 'outbox' } as const;
  }
  const missing = (['SMTP_URL', 'MAIL_FROM'] as const).filter((key) => !e[key]);
  if (missing.length > 0) {
    throw new ConfigError(`配置有误 (invalid configuration): MAIL_PROVIDER=smtp needs ${missing.join(', ')}`);
  }
  return { provider: 'smtp', url: e.SMTP_URL!, from: e.MAIL_FROM! } as const;
}

/** The media service and the ICE servers browsers use (docs/decisions/020-media.md). */
function mediaOf(e: z.infer<typeof Env>) {
  const list = (value: string | undefined) =>
    (value ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  const turnUrls = list(e.TURN_URLS);
  if (turnUrls.length > 0 && !e.TURN_SECRET) {
    throw new ConfigError(
      '配置有误 (invalid configuration): TURN_URLS needs TURN_SECRET (coturn static-auth-secret)',
    );
  }
  const ice = {
    stunUrls: list(e.ICE_STUN_URLS),
    turn:
      turnUrls.length > 0 ? { urls: turnUrls, secret: e.TURN_SECRET!, ttlSeconds: e.TURN_TTL_SECONDS } : null,
  };
  if (e.MEDIA_PROVIDER === 'p2p') return { provider: 'p2p', ice } as const;
  const missing = (['LIVEKIT_URL', 'LIVEKIT_API_KEY', 'LIVEKIT_API_SECRET'] as const).filter(
    (key) => !e[key],
  );
  if (missing.length > 0) {
    throw new ConfigError(
      `配置有误 (invalid configuration): MEDIA_PROVIDER=livekit needs ${missing.join(', ')}`,
    );
  }
  return {
    provider: 'livekit',
    ice,
    url: e.LIVEKIT_URL!,
    apiKey: e.LIVEKIT_API_KEY!,
    apiSecret: e.LIVEKIT_API_SECRET!,
    recording: e.LIVEKIT_RECORDING,
  } as const;
}

/** Fastify's trustProxy: false (none), a hop count, or the proxies' addresses. */
function trustProxyOf(value: string | undefined): boolean | number | string[] {
  if (!value) return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((part) => part.trim());
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

import fs from 'node:fs';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config';
import type { Database } from '../db/client';
import type { PiiCipher } from '../lib/pii-cipher';
import type { MailProvider } from './mail/mail-provider';
import { OutboxMailProvider } from './mail/outbox-mail-provider';
import { SmtpMailProvider } from './mail/smtp-mail-provider';
import { LivekitMediaService } from './media/livekit-media-service';
import type { MediaService } from './media/media-service';
import { P2pMediaService } from './media/p2p-media-service';
import { InAppNotificationChannel } from './notifications/in-app-channel';
import type { NotificationChannel } from './notifications/notification-channel';
import type { WechatChannel } from './notifications/wechat-channel';
import { WechatOfficialAccountChannel } from './notifications/wechat-official-account-channel';
import { SandboxWechatChannel } from './notifications/wechat-sandbox-channel';
import type { PaymentProvider } from './payment/payment-provider';
import { SandboxPaymentProvider } from './payment/sandbox-payment-provider';
import { DatabaseSandboxTradeStore, WriteBehindSandboxTradeStore } from './payment/sandbox-trade-store';
import { WechatPayV3Provider } from './payment/wechatpay-v3';
import { LocalRealNameVerifier } from './real-name/local-real-name-verifier';
import type { RealNameVerifier } from './real-name/real-name-verifier';
import { AliyunSmsProvider } from './sms/aliyun-sms-provider';
import { OutboxSmsProvider } from './sms/outbox-sms-provider';
import type { SmsProvider } from './sms/sms-provider';
import { type FileStorage, LocalFileStorage } from './storage/file-storage';

/** Every outside service the platform uses, chosen by configuration. Tests pass their own. */
export interface Providers {
  sms: SmsProvider;
  realName: RealNameVerifier;
  storage: FileStorage;
  /** 账号绑定: the WeChat official account (or its local sandbox); also one of notificationChannels. */
  wechat: WechatChannel;
  notificationChannels: NotificationChannel[];
  /** 充值快点: WeChat Pay, or the local sandbox cashier. */
  payment: PaymentProvider;
  /** E-mail (开具发票): SMTP, or the local outbox listed at /dev/mail. */
  mail: MailProvider;
  /** 直播宣讲 and video interviews: peer-to-peer with the app's signalling, or LiveKit. */
  media: MediaService;
}

export function createProviders(
  config: Config,
  db: Database,
  cipher: PiiCipher,
  log: FastifyBaseLogger,
  /** The database's engine: PGlite's one connection needs the sandbox's books written behind. */
  engine: 'pglite' | 'postgres' = 'postgres',
): Providers {
  const sms =
    config.sms.provider === 'aliyun'
      ? new AliyunSmsProvider(config.sms)
      : new OutboxSmsProvider(db, cipher, log);
  const wechat =
    config.wechat.provider === 'official_account'
      ? new WechatOfficialAccountChannel(config.wechat, db)
      : new SandboxWechatChannel(db, log);
  return {
    sms,
    realName: new LocalRealNameVerifier(),
    storage: new LocalFileStorage(config.uploadsDir),
    wechat,
    notificationChannels: [new InAppNotificationChannel(db), wechat],
    payment: createPaymentProvider(config, db, cipher, log, engine),
    mail:
      config.mail.provider === 'smtp'
        ? new SmtpMailProvider(config.mail, log)
        : new OutboxMailProvider(db, cipher, log),
    media:
      config.media.provider === 'livekit'
        ? new LivekitMediaService(config.media)
        : new P2pMediaService(config.media.ice),
  };
}

function createPaymentProvider(
  config: Config,
  db: Database,
  cipher: PiiCipher,
  log: FastifyBaseLogger,
  engine: 'pglite' | 'postgres',
): PaymentProvider {
  const payment = config.payment;
  if (payment.provider === 'sandbox') {
    // Its books in the database and its notices signed with a key every instance derives alike:
    // a cashier opened on one instance pays an order another created (stateless API instances).
    return new SandboxPaymentProvider({
      secret: payment.secret ?? cipher.derivedKey('sandbox-payment'),
      publicUrl: config.publicUrl,
      store:
        engine === 'pglite' ? new WriteBehindSandboxTradeStore(db, log) : new DatabaseSandboxTradeStore(db),
    });
  }
  return new WechatPayV3Provider({
    mchid: payment.mchid,
    appid: payment.appid,
    merchantSerialNo: payment.merchantSerialNo,
    merchantPrivateKeyPem: fs.readFileSync(payment.merchantPrivateKeyFile, 'utf8'),
    apiV3Key: payment.apiV3Key,
    // platform_certificate: the adapter downloads the certificates itself (GET /v3/certificates).
    verifier:
      payment.verify.mode === 'public_key'
        ? {
            mode: 'public_key',
            publicKeyId: payment.verify.publicKeyId,
            publicKeyPem: fs.readFileSync(payment.verify.publicKeyFile, 'utf8'),
          }
        : { mode: 'platform_certificate' },
  });
}

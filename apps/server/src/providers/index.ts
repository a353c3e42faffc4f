import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config';
import type { Database } from '../db/client';
import type { PiiCipher } from '../lib/pii-cipher';
import { InAppNotificationChannel } from './notifications/in-app-channel';
import type { NotificationChannel } from './notifications/notification-channel';
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
  notificationChannels: NotificationChannel[];
}

export function createProviders(
  config: Config,
  db: Database,
  cipher: PiiCipher,
  log: FastifyBaseLogger,
): Providers {
  const sms =
    config.sms.provider === 'aliyun'
      ? new AliyunSmsProvider(config.sms)
      : new OutboxSmsProvider(db, cipher, log);
  return {
    sms,
    realName: new LocalRealNameVerifier(),
    storage: new LocalFileStorage(config.uploadsDir),
    notificationChannels: [new InAppNotificationChannel(db)],
  };
}

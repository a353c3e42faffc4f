import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config';
import type { Database, DatabaseHandle } from './db/client';
import type { EventBus } from './lib/event-bus';
import type { PiiCipher } from './lib/pii-cipher';
import type { DevCaptchaLog } from './modules/system/dev-captcha';
import type { Providers } from './providers';

/** What every use case may use. Built once per app instance; holds no per-request state. */
export interface AppContext {
  config: Config;
  db: Database;
  database: DatabaseHandle;
  cipher: PiiCipher;
  providers: Providers;
  /** Live updates: in-process on PGlite, LISTEN/NOTIFY across instances on PostgreSQL. */
  events: EventBus;
  /** Developer aids of the embedded setup (/dev/sms, /dev/captcha); null with real providers. */
  devTools: { captchas: DevCaptchaLog } | null;
  log: FastifyBaseLogger;
}

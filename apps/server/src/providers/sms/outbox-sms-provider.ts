import { maskMobile } from '@openrecruit/shared';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client';
import { smsOutbox } from '../../db/schema';
import type { PiiCipher } from '../../lib/pii-cipher';
import type { SmsMessage, SmsProvider } from './sms-provider';

/**
 * The embedded default: nothing leaves the machine. Every message is stored (mobile masked, text
 * whole, so a developer can read the code) and logged, and /dev/sms lists them.
 */
export class OutboxSmsProvider implements SmsProvider {
  readonly kind = 'outbox';

  constructor(
    private readonly db: Database,
    private readonly cipher: PiiCipher,
    private readonly log: FastifyBaseLogger,
  ) {}

  async send(message: SmsMessage): Promise<void> {
    const toMasked = maskMobile(message.mobile);
    await this.db.insert(smsOutbox).values({
      toMasked,
      toHash: this.cipher.lookupHash('mobile', message.mobile),
      body: message.text,
    });
    this.log.info({ sms: { to: toMasked, text: message.text } }, 'SMS kept in the local outbox (/dev/sms)');
  }
}

import { maskEmail } from '@openrecruit/shared';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client';
import { mailOutbox } from '../../db/schema';
import type { PiiCipher } from '../../lib/pii-cipher';
import type { MailMessage, MailProvider } from './mail-provider';

/**
 * The embedded default: nothing leaves the machine. Every e-mail is stored (address masked, subject
 * and text whole, each attachment by name, type and size; the bytes are not kept) and logged, and
 * /dev/mail lists them.
 */
export class OutboxMailProvider implements MailProvider {
  readonly kind = 'outbox';

  constructor(
    private readonly db: Database,
    private readonly cipher: PiiCipher,
    private readonly log: FastifyBaseLogger,
  ) {}

  async send(message: MailMessage): Promise<void> {
    const toMasked = maskEmail(message.to);
    const attachments = (message.attachments ?? []).map((attachment) => ({
      filename: attachment.filename,
      contentType: attachment.contentType,
      size: attachment.content.length,
    }));
    await this.db.insert(mailOutbox).values({
      toMasked,
      // Lower case: one mailbox is one hash however the address was typed.
      toHash: this.cipher.lookupHash('email', message.to.trim().toLowerCase()),
      subject: message.subject,
      body: message.text,
      attachments,
    });
    this.log.info(
      { mail: { to: toMasked, subject: message.subject, attachments: attachments.map((a) => a.filename) } },
      'e-mail kept in the local outbox (/dev/mail)',
    );
  }
}

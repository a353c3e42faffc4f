/** One attachment of an e-mail (an invoice's PDF). */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** One e-mail to one address: plain text, optional attachments. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

/** The mail provider refused or could not be reached; `message` says why, in words a person reads. */
export class MailDeliveryError extends Error {
  override name = 'MailDeliveryError';
}

/**
 * Outgoing e-mail (开具发票 mails the invoice): the local outbox by default (nothing leaves the
 * machine; /dev/mail lists what was sent), or SMTP. `send` resolves once the message is accepted
 * and throws MailDeliveryError when it is not.
 */
export interface MailProvider {
  readonly kind: 'outbox' | 'smtp';
  send(message: MailMessage): Promise<void>;
}

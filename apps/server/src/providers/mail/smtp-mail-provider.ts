import { maskEmail } from '@openrecruit/shared';
import type { FastifyBaseLogger } from 'fastify';
import nodemailer, { type Transporter } from 'nodemailer';
import { MailDeliveryError, type MailMessage, type MailProvider } from './mail-provider';

export interface SmtpMailConfig {
  /** smtp:// or smtps:// with the credentials (config.ts SMTP_URL). */
  url: string;
  /** The sender: 开放招聘 <noreply@example.com> (config.ts MAIL_FROM). */
  from: string;
}

/** What nodemailer's errors carry besides the message (its SMTPError). */
interface SmtpFailure {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

const EMAIL_ADDRESS = /[^\s<>"'@:;,]+@[^\s<>"'@:;,]+/g;

/**
 * E-mail through an SMTP server (the company's mailbox or a mail service's SMTP relay). A failure of
 * the transport becomes a MailDeliveryError that says why in words; an address is masked wherever it
 * is written (log or message), since a server's reply often repeats it.
 */
export class SmtpMailProvider implements MailProvider {
  readonly kind = 'smtp';
  private readonly transport: Transporter;

  constructor(
    private readonly config: SmtpMailConfig,
    private readonly log?: FastifyBaseLogger,
  ) {
    // Bounded waits: a mail server that does not answer must not hold a request for minutes.
    this.transport = nodemailer.createTransport({
      url: config.url,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  async send(message: MailMessage): Promise<void> {
    const to = maskEmail(message.to);
    try {
      await this.transport.sendMail({
        from: this.config.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        attachments: (message.attachments ?? []).map((attachment) => ({
          filename: attachment.filename,
          contentType: attachment.contentType,
          content: attachment.content,
        })),
      });
    } catch (error) {
      const reason = describeFailure(error as SmtpFailure);
      this.log?.warn({ mail: { to, subject: message.subject, reason } }, 'e-mail not delivered over SMTP');
      throw new MailDeliveryError(reason);
    }
    this.log?.info({ mail: { to, subject: message.subject } }, 'e-mail handed to the SMTP server');
  }
}

/** A person reads this (the invoice's 发送失败): the kind of failure, and the server's reply masked. */
export function describeFailure(failure: SmtpFailure): string {
  const reply = maskAddresses(failure.response ?? failure.message ?? '').trim();
  switch (failure.code) {
    case 'EAUTH':
      return `邮件服务器拒绝登录，请检查 SMTP_URL 中的用户名和密码（${reply}）`;
    case 'ECONNECTION':
    case 'ESOCKET':
    case 'ETIMEDOUT':
    case 'EDNS':
    case 'ETLS':
    case 'EGREETING':
      return `无法连接邮件服务器，请检查 SMTP_URL 的地址和端口（${reply}）`;
    case 'EENVELOPE':
      return `邮件服务器拒收，收件地址或发件人有误（${reply}）`;
    default:
      return `邮件发送失败（${reply || '未知原因'}）`;
  }
}

function maskAddresses(text: string): string {
  return text.replace(EMAIL_ADDRESS, (address) => maskEmail(address));
}

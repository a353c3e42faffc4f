import type { AppContext } from '../../context';
import { findRecentMail } from './system.repository';

export interface FindDevMailOptions {
  limit: number;
}

/** The newest e-mails of the local outbox (/dev/mail): masked address, subject, text, attachments. */
export async function findDevMail(ctx: AppContext, options: FindDevMailOptions) {
  const rows = await findRecentMail(ctx.db, options.limit);
  return rows.map((row) => ({
    to: row.toMasked,
    toHash: row.toHash,
    subject: row.subject,
    text: row.body,
    attachments: row.attachments,
    sentAt: row.createdAt,
  }));
}

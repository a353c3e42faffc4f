import type { AppContext } from '../../context';
import { findRecentSms } from './system.repository';

export interface FindDevSmsOptions {
  limit: number;
}

/** The newest messages of the local SMS outbox (/dev/sms), masked number and text. */
export async function findDevSms(ctx: AppContext, options: FindDevSmsOptions) {
  const rows = await findRecentSms(ctx.db, options.limit);
  return rows.map((row) => ({ to: row.toMasked, toHash: row.toHash, text: row.body, sentAt: row.createdAt }));
}

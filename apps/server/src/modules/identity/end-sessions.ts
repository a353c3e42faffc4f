import type { Executor } from '../../db/client';
import { deleteAccountSessions } from './sessions.repository';

export interface EndSessionsOptions {
  accountId: string;
  /** The session that stays (the one changing its own password). */
  keep?: string;
}

/**
 * Ends every session of an account at once (disabled, closed, password reset), inside the caller's
 * transaction so the change and the logout commit together. Returns how many ended.
 */
export async function endSessions(db: Executor, options: EndSessionsOptions): Promise<number> {
  return deleteAccountSessions(db, options.accountId, options.keep);
}

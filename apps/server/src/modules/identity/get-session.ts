import type { SessionResult } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { AccountRow } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { findSession } from './sessions.repository';
import { describeAccount } from './start-session';

export interface GetSessionOptions {
  account: AccountRow;
  sessionId: string;
}

/** 当前登录信息: the account as the client may know it, with the session's CSRF secret and expiry. */
export async function getSession(ctx: AppContext, options: GetSessionOptions): Promise<SessionResult> {
  const row = await findSession(ctx.db, options.sessionId);
  if (!row) throw new AppError('SESSION_EXPIRED');
  return {
    account: await describeAccount(ctx, options.account),
    csrfToken: row.csrfToken,
    token: null,
    expiresAt: row.expiresAt.toISOString(),
  };
}

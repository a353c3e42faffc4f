import type { Area, SessionAccount, SessionResult } from '@openrecruit/shared';
import { surnameOf } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { Executor } from '../../db/client';
import type { AccountRow } from '../../db/schema';
import { newSecretToken, sha256Hex } from '../../lib/tokens';
import { findOrganisation, findSeeker } from './accounts.repository';
import { insertSession, type SessionKind } from './sessions.repository';

export interface StartSessionOptions {
  account: AccountRow;
  area: Area;
  kind: SessionKind;
  ip: string;
  userAgent: string | null;
}

/** Opens a session: a random token for the client, its SHA-256 as the row id, a CSRF secret for cookies. */
export async function startSession(ctx: AppContext, options: StartSessionOptions, db: Executor = ctx.db) {
  const token = newSecretToken();
  const csrfToken = options.kind === 'cookie' ? newSecretToken() : null;
  const { expiresAt } = await insertSession(db, {
    id: sha256Hex(token),
    accountId: options.account.id,
    area: options.area,
    kind: options.kind,
    csrfToken,
    ip: options.ip,
    userAgent: options.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, expiresAt };
}

/** What the client may know about the logged-in account: names and masked numbers only. */
export async function describeAccount(ctx: AppContext, account: AccountRow): Promise<SessionAccount> {
  const seeker = account.role === 'seeker' ? await findSeeker(ctx.db, account.id) : undefined;
  const organisation = await findOrganisation(ctx.db, account);
  return {
    id: account.id,
    role: account.role,
    displayName: seeker?.name ?? account.displayName,
    surname: surnameOf(seeker?.name ?? account.displayName),
    idNumberMasked: seeker?.idNumberMasked ?? null,
    mustChangePassword: account.mustChangePassword,
    organisation,
    companyRole: account.companyRole,
    universityRole: account.universityRole,
    avatarUrl:
      account.role === 'employer' && account.avatarFileId
        ? `/api/employer/account/avatar/${account.avatarFileId}`
        : null,
  };
}

export function toSessionResult(
  account: SessionAccount,
  session: { token: string; csrfToken: string | null; expiresAt: Date },
  kind: SessionKind,
): SessionResult {
  return {
    account,
    csrfToken: session.csrfToken,
    // The cookie carries the token for web pages; only app clients get it in the body.
    token: kind === 'bearer' ? session.token : null,
    expiresAt: session.expiresAt.toISOString(),
  };
}

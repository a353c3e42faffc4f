import { AREA_ROLE, type Area, type SessionResult } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { AccountRow } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { getDecoyHash, verifyPassword } from '../../lib/password-hash';
import { consumeRateLimit, refundRateLimit } from '../../lib/rate-limit';
import { findAccountByLoginHash, findRejectionReason, findSeekerByIdHash } from './accounts.repository';
import { IP_LOGIN_LIMIT, THROTTLE } from './login-throttle';
import { clearIdentifier, lockIdentifier, reserveIdentifierAttempt } from './login-throttle.repository';
import { recordSecurityEvent } from './security-events';
import type { SessionKind } from './sessions.repository';
import { describeAccount, startSession, toSessionResult } from './start-session';

export interface LoginOptions {
  area: Area;
  account: string;
  password: string;
  tokenType: SessionKind;
  ip: string;
  userAgent: string | null;
}

/** Seekers log in with the ID (or residence-permit) number; staff with their login name or mobile. */
export function normaliseIdentifier(area: Area, input: string): string {
  const compact = input.replace(/\s+/g, '');
  return area === 'seeker' ? compact.toUpperCase() : compact.toLowerCase();
}

/** The throttle's key for what was typed (a keyed hash, so rate_counters holds no ID numbers). */
export function loginIdentifierKey(ctx: AppContext, area: Area, input: string): string {
  return `id:${area}:${ctx.cipher.lookupHash('login', normaliseIdentifier(area, input))}`;
}

async function findLoginAccount(
  ctx: AppContext,
  area: Area,
  identifier: string,
): Promise<AccountRow | undefined> {
  if (area === 'seeker')
    return (await findSeekerByIdHash(ctx.db, ctx.cipher.lookupHash('id', identifier)))?.account;
  const account = await findAccountByLoginHash(ctx.db, ctx.cipher.lookupHash('login', identifier));
  return account?.role === AREA_ROLE[area] ? account : undefined;
}

function lockedError(until: Date): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return new AppError(
    'LOGIN_LOCKED',
    `账号或密码错误次数过多，请${minutes}分钟后再试，或通过“找回密码”重设密码`,
    {
      retryAfterSeconds: minutes * 60,
    },
  );
}

/**
 * Every failure answers the same way whether or not the account exists: the same message, the same
 * counting and locking (keyed by what was typed, not by account), and a password check against a
 * decoy hash so the timing matches.
 */
export async function login(
  ctx: AppContext,
  options: LoginOptions,
): Promise<{ result: SessionResult; token: string }> {
  const identifier = normaliseIdentifier(options.area, options.account);
  const idKey = loginIdentifierKey(ctx, options.area, options.account);
  const ipKey = `login-ip:${options.ip}`;

  if ((await consumeRateLimit(ctx.db, ipKey, IP_LOGIN_LIMIT)).limited) {
    await recordSecurityEvent(ctx, {
      kind: 'login_ip_throttled',
      ip: options.ip,
      detail: { area: options.area },
    });
    throw new AppError('RATE_LIMITED', `登录尝试过于频繁，请${THROTTLE.ipWindowMinutes}分钟后再试`);
  }
  const attempt = await reserveIdentifierAttempt(ctx.db, idKey);
  if (attempt.lockedUntil && attempt.lockedUntil > new Date()) throw lockedError(attempt.lockedUntil);
  if (attempt.attempt > THROTTLE.failuresBeforeLock) throw lockedError(await lockIdentifier(ctx.db, idKey));

  const account = await findLoginAccount(ctx, options.area, identifier);
  const passwordOk = await verifyPassword(options.password, account?.passwordHash ?? (await getDecoyHash()));

  if (!account || !passwordOk) {
    const remaining = THROTTLE.failuresBeforeLock - attempt.attempt;
    await recordSecurityEvent(ctx, {
      kind: remaining > 0 ? 'login_failed' : 'login_locked',
      accountId: account?.id,
      ip: options.ip,
      detail: { area: options.area, attempt: attempt.attempt },
    });
    if (remaining <= 0) throw lockedError(await lockIdentifier(ctx.db, idKey));
    throw new AppError('LOGIN_FAILED', `账号或密码错误，还可尝试${remaining}次`, {
      remainingAttempts: remaining,
    });
  }

  await clearIdentifier(ctx.db, idKey);
  await refundRateLimit(ctx.db, ipKey);
  if (account.approvalState === 'pending') throw new AppError('ACCOUNT_PENDING');
  if (account.approvalState === 'rejected') {
    // Only after the right password: the reason is the applicant's to read, nobody else's.
    const reason = await findRejectionReason(ctx.db, account.id);
    throw new AppError(
      'ACCOUNT_REJECTED',
      reason ? `您的申请未通过审核，原因：${reason}。如有疑问请联系平台` : undefined,
    );
  }
  if (account.status !== 'active') throw new AppError('ACCOUNT_DISABLED');

  const session = await startSession(ctx, {
    account,
    area: options.area,
    kind: options.tokenType,
    ip: options.ip,
    userAgent: options.userAgent,
  });
  await recordSecurityEvent(ctx, {
    kind: 'login_succeeded',
    accountId: account.id,
    ip: options.ip,
    detail: { area: options.area, kind: options.tokenType },
  });
  return {
    result: toSessionResult(await describeAccount(ctx, account), session, options.tokenType),
    token: session.token,
  };
}

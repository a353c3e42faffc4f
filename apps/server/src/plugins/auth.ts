import type { Area } from '@openrecruit/shared';
import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AccountRow } from '../db/schema';
import { AppError } from '../lib/app-error';
import { sha256Hex } from '../lib/tokens';
import { findLiveSession, SESSION_LIFETIME_MS } from '../modules/identity/sessions.repository';

export interface AuthContext {
  sessionId: string;
  area: Area;
  kind: 'cookie' | 'bearer';
  account: AccountRow;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyContextConfig {
    /** Staff who must change an initial password may still reach this route (session, logout, password). */
    allowPasswordChangeRequired?: boolean;
    /** Set by `authenticated(area, …)`: the area whose session the route needs. */
    area?: Area;
  }
}

/** One cookie per area, so a person can be in the seeker app and an employer console at once. */
export function sessionCookieName(area: Area): string {
  return `or_${area}`;
}

export function setSessionCookie(reply: FastifyReply, area: Area, token: string, secure: boolean) {
  reply.setCookie(sessionCookieName(area), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: SESSION_LIFETIME_MS.cookie / 1000,
  });
}

export function clearSessionCookie(reply: FastifyReply, area: Area) {
  reply.clearCookie(sessionCookieName(area), { path: '/' });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function readToken(
  request: FastifyRequest,
  area: Area,
): { token: string; kind: 'cookie' | 'bearer' } | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return { token: header.slice(7).trim(), kind: 'bearer' };
  const cookie = request.cookies[sessionCookieName(area)];
  return cookie ? { token: cookie, kind: 'cookie' } : undefined;
}

/** Resolves the session of `area` into request.auth, or leaves it null. Never throws for a missing session. */
export async function resolveSession(request: FastifyRequest, area: Area): Promise<AuthContext | null> {
  const presented = readToken(request, area);
  if (!presented) return null;
  const row = await findLiveSession(request.server.ctx.db, sha256Hex(presented.token));
  if (
    !row ||
    row.session.area !== area ||
    row.session.kind !== presented.kind ||
    row.account.status !== 'active'
  ) {
    return null;
  }
  // CSRF: a cookie is sent by the browser on its own; an unsafe request must also prove it read the
  // session's secret (double submit). Bearer tokens are never sent implicitly, so they need none.
  if (presented.kind === 'cookie' && !SAFE_METHODS.has(request.method)) {
    if (request.headers['x-csrf-token'] !== row.session.csrfToken) throw new AppError('CSRF_FAILED');
  }
  return { sessionId: row.session.id, area, kind: presented.kind, account: row.account };
}

/**
 * The authentication hook of an area's routes: a live session of that area, or 401. It runs at
 * `onRequest`, before the body is read and validated, so a caller without a session learns
 * nothing about a route's fields and costs no parsing.
 */
export function requireArea(area: Area): onRequestAsyncHookHandler {
  return async (request) => {
    const presented = readToken(request, area);
    const auth = await resolveSession(request, area);
    if (!auth) throw new AppError(presented ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
    if (auth.account.mustChangePassword && !request.routeOptions.config.allowPasswordChangeRequired) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    }
    request.auth = auth;
  };
}

/** For handlers behind requireArea: the caller, never null there. */
export function caller(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('UNAUTHENTICATED');
  return request.auth;
}

/** Routes behind an area's session: `app.register(authenticated('seeker', async (app) => { ... }))`. */
export function authenticated(area: Area, routes: FastifyPluginAsyncZod): FastifyPluginAsyncZod {
  return async (app, options) => {
    app.addHook('onRequest', requireArea(area));
    // The OpenAPI document says which session each operation needs (plugins/openapi.ts).
    app.addHook('onRoute', (route) => {
      route.config = { ...route.config, area };
    });
    await routes(app, options);
  };
}

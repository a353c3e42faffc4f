import {
  AREAS,
  type Area,
  ChangeSeekerPasswordInput,
  ChangeStaffPasswordInput,
  CompleteSeekerRegistrationInput,
  CompleteSeekerRegistrationResult,
  LoginInput,
  ResetSeekerPasswordInput,
  SendSeekerPasswordResetCodeInput,
  SessionResult,
  SmsSentResult,
  StartSeekerRegistrationInput,
  StartSeekerRegistrationResult,
  VerifySeekerIdentityInput,
  VerifySeekerPasswordResetInput,
} from '@openrecruit/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSeeker } from '../../plugins/access';
import { authenticated, caller, clearSessionCookie, setSessionCookie } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { changeSeekerPassword } from './change-seeker-password';
import { changeStaffPassword } from './change-staff-password';
import { completeSeekerRegistration } from './complete-seeker-registration';
import { endSession } from './end-session';
import { getSession } from './get-session';
import { login } from './login';
import { resetSeekerPassword, verifyPasswordReset } from './reset-seeker-password';
import { sendPasswordChangeCode } from './send-password-change-code';
import { sendPasswordResetCode } from './send-password-reset-code';
import { startSeekerRegistration } from './start-seeker-registration';
import { verifySeekerIdentity } from './verify-seeker-identity';

const Done = z.object({ ok: z.literal(true), sessionsEnded: z.number().optional() });

/** Login, session, logout and password change, once per area under /api/auth/<area>. */
function sessionRoutes(area: Area): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['身份认证 identity'];
    app.post(
      '/login',
      {
        schema: {
          tags,
          summary: `登录 (${area})`,
          body: LoginInput,
          response: { 200: SessionResult, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { result, token } = await login(app.ctx, {
          area,
          ...request.body,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
        });
        if (request.body.tokenType === 'cookie') {
          setSessionCookie(reply, area, token, app.ctx.config.cookieSecure);
        }
        return result;
      },
    );

    app.register(
      authenticated(area, async (authed) => {
        const open = { allowPasswordChangeRequired: true };
        authed.get(
          '/session',
          {
            config: open,
            schema: { tags, summary: '当前登录信息', response: { 200: SessionResult, ...errorResponses } },
          },
          async (request) => getSession(app.ctx, caller(request)),
        );
        authed.post(
          '/logout',
          { config: open, schema: { tags, summary: '退出登录', response: { 200: Done, ...errorResponses } } },
          async (request, reply) => {
            await endSession(app.ctx, { sessionId: caller(request).sessionId });
            clearSessionCookie(reply, area);
            return { ok: true as const };
          },
        );
        if (area !== 'seeker') {
          authed.post(
            '/password',
            {
              config: open,
              schema: {
                tags,
                summary: '修改密码（原密码+新密码）',
                body: ChangeStaffPasswordInput,
                response: { 200: Done, ...errorResponses },
              },
            },
            async (request) => ({
              ok: true as const,
              ...(await changeStaffPassword(app.ctx, {
                ...caller(request),
                ...request.body,
                ip: request.ip,
              })),
            }),
          );
        }
      }),
    );
  };
}

/** Seed 000 §一 (sign-up, public), §八 (change password, logged in) and 找回密码 (public). */
const seekerIdentityRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['求职者注册与密码 seeker identity'];
  app.post(
    '/registration/verify',
    {
      schema: {
        tags,
        summary: '注册：实名认证',
        body: StartSeekerRegistrationInput,
        response: { 200: StartSeekerRegistrationResult, ...errorResponses },
      },
    },
    async (request) => startSeekerRegistration(app.ctx, { ...request.body, ip: request.ip }),
  );
  app.post(
    '/registration/complete',
    {
      schema: {
        tags,
        summary: '注册：设置6位数字密码',
        body: CompleteSeekerRegistrationInput,
        response: { 200: CompleteSeekerRegistrationResult, ...errorResponses },
      },
    },
    async (request) => completeSeekerRegistration(app.ctx, { ...request.body, ip: request.ip }),
  );

  // 找回密码: public, so a seeker locked out by wrong guesses can still reset (docs/decisions/015).
  app.post(
    '/password-reset/sms-code',
    {
      schema: {
        tags,
        summary: '找回密码：发送短信验证码到注册手机',
        body: SendSeekerPasswordResetCodeInput,
        response: { 200: SmsSentResult, ...errorResponses },
      },
    },
    async (request) => sendPasswordResetCode(app.ctx, { ...request.body, ip: request.ip }),
  );
  app.post(
    '/password-reset/verify',
    {
      schema: {
        tags,
        summary: '找回密码：身份认证',
        body: VerifySeekerPasswordResetInput,
        response: { 200: z.object({ ticket: z.string() }), ...errorResponses },
      },
    },
    async (request) => {
      const { idNumber, ...proof } = request.body;
      return verifyPasswordReset(app.ctx, { idNumber, proof, ip: request.ip });
    },
  );
  app.post(
    '/password-reset',
    {
      schema: {
        tags,
        summary: '找回密码：设置新的6位数字密码',
        body: ResetSeekerPasswordInput,
        response: { 200: Done, ...errorResponses },
      },
    },
    async (request) => ({
      ok: true as const,
      ...(await resetSeekerPassword(app.ctx, { ...request.body, ip: request.ip })),
    }),
  );

  app.register(
    authenticated('seeker', async (authed) => {
      authed.post(
        '/password/sms-code',
        {
          schema: {
            tags,
            summary: '修改密码：发送短信验证码到注册手机',
            response: { 200: SmsSentResult, ...errorResponses },
          },
        },
        async (request) =>
          sendPasswordChangeCode(app.ctx, { seeker: requireSeeker(request), ip: request.ip }),
      );
      authed.post(
        '/password/verify',
        {
          schema: {
            tags,
            summary: '修改密码：身份认证',
            body: VerifySeekerIdentityInput,
            response: { 200: z.object({ ticket: z.string() }), ...errorResponses },
          },
        },
        async (request) =>
          verifySeekerIdentity(app.ctx, { ...request.body, seeker: requireSeeker(request), ip: request.ip }),
      );
      authed.post(
        '/password',
        {
          schema: {
            tags,
            summary: '修改密码：设置新的6位数字密码',
            body: ChangeSeekerPasswordInput,
            response: { 200: Done, ...errorResponses },
          },
        },
        async (request) => ({
          ok: true as const,
          ...(await changeSeekerPassword(app.ctx, {
            ...request.body,
            seeker: requireSeeker(request),
            sessionId: caller(request).sessionId,
            ip: request.ip,
          })),
        }),
      );
    }),
  );
};

export const identityRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const area of AREAS) await app.register(sessionRoutes(area), { prefix: `/api/auth/${area}` });
  await app.register(seekerIdentityRoutes, { prefix: '/api/seeker' });
};

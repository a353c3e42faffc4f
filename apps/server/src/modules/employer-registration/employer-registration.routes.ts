import {
  CaptchaChallenge,
  CompanyLookupResult,
  SendRegistrationSmsCodeInput,
  SmsSentResult,
} from '@openrecruit/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../plugins/schemas';
import { issueCaptcha } from './captcha';
import { lookUpCompany } from './look-up-company';
import { sendRegistrationSmsCode } from './send-registration-sms-code';

/** Public building blocks of the employer sign-up wizard (issue 4 step 1, seed 002 账号注册与认证). */
export const employerRegistrationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['单位注册 employer registration'];
  app.post(
    '/captcha',
    {
      schema: { tags, summary: '获取图形验证码', response: { 200: CaptchaChallenge, ...errorResponses } },
    },
    async (request) => {
      const { captchaId, image } = await issueCaptcha(app.ctx, { ip: request.ip });
      return { captchaId, image };
    },
  );
  app.post(
    '/employer-registration/sms-code',
    {
      schema: {
        tags,
        summary: '单位注册：校验图形验证码后发送手机验证码',
        body: SendRegistrationSmsCodeInput,
        response: { 200: SmsSentResult, ...errorResponses },
      },
    },
    async (request) => sendRegistrationSmsCode(app.ctx, request.body),
  );
  app.get(
    '/employer-registration/company',
    {
      schema: {
        tags,
        summary: '单位注册第一步：按统一社会信用代码/组织机构代码查询单位是否已注册',
        // The code is checked in the use case, so its reason comes back as a field error on `code`.
        querystring: z.object({ code: z.string().max(64).default('') }),
        response: { 200: CompanyLookupResult, ...errorResponses },
      },
    },
    async (request) => lookUpCompany(app.ctx, { code: request.query.code, ip: request.ip }),
  );
};

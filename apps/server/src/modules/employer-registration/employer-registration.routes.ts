import fastifyMultipart from '@fastify/multipart';
import {
  CaptchaChallenge,
  CompanyLookupResult,
  EmployerRegistrationInput,
  EmployerRegistrationResult,
  SendRegistrationSmsCodeInput,
  SmsSentResult,
  UniversityOption,
  UPLOAD_MAX_BYTES,
  UploadedFile,
} from '@openrecruit/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readUpload } from '../../lib/read-upload';
import { DOCUMENT_UPLOAD_RULES } from '../../lib/stored-uploads';
import { ErrorResponse, errorResponses } from '../../plugins/schemas';
import { AUTHORISATION_TEMPLATE_FILE_NAME, AUTHORISATION_TEMPLATE_HTML } from './authorisation-template';
import { issueCaptcha } from './captcha';
import { findUniversities } from './find-universities';
import { lookUpCompany } from './look-up-company';
import { registerEmployer } from './register-employer';
import { sendRegistrationSmsCode } from './send-registration-sms-code';
import { storeRegistrationUpload } from './store-registration-upload';

/** The public employer sign-up wizard under /api/public (issues 4 and 5, seed 002 账号注册与认证). */
export const employerRegistrationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['单位注册 employer registration'];
  await app.register(fastifyMultipart, { limits: { fileSize: UPLOAD_MAX_BYTES, files: 1, fields: 5 } });

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
    async (request) => sendRegistrationSmsCode(app.ctx, { ...request.body, ip: request.ip }),
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

  app.get(
    '/universities',
    {
      schema: {
        tags,
        summary: '可入驻的高校',
        response: { 200: z.array(UniversityOption), ...errorResponses },
      },
    },
    async () => findUniversities(app.ctx),
  );

  app.get(
    '/employer-registration/authorisation-template',
    { schema: { tags, summary: '下载账号授权书模板' } },
    async (_request, reply) =>
      reply
        .header('content-type', 'text/html; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="authorisation.html"; filename*=UTF-8''${encodeURIComponent(AUTHORISATION_TEMPLATE_FILE_NAME)}`,
        )
        .send(AUTHORISATION_TEMPLATE_HTML),
  );

  app.post(
    '/employer-registration/files',
    {
      schema: {
        tags,
        summary: '上传账号授权书或认证材料（JPG/PNG/PDF，不超过5MB，multipart 字段 file）',
        response: { 200: UploadedFile, 413: ErrorResponse, ...errorResponses },
      },
    },
    async (request) => {
      const upload = await readUpload(request, DOCUMENT_UPLOAD_RULES);
      return storeRegistrationUpload(app.ctx, { ...upload, ip: request.ip });
    },
  );

  app.post(
    '/employer-registration',
    {
      schema: {
        tags,
        summary: '提交单位注册（新单位 / 申请加入 / 申请成为管理员）',
        body: EmployerRegistrationInput,
        response: { 200: EmployerRegistrationResult, ...errorResponses },
      },
    },
    async (request) => registerEmployer(app.ctx, request.body),
  );
};

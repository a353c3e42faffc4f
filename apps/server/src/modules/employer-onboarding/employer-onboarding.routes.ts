import fastifyMultipart from '@fastify/multipart';
import {
  EmployerRegistrationInput,
  EmployerRegistrationResult,
  JoinDecisionInput,
  JoinRequest,
  REVIEW_STATES,
  ReviewDecisionInput,
  ReviewListQuery,
  ReviewRequest,
  UniversityOption,
  UPLOAD_MAX_BYTES,
  UploadedFile,
} from '@openrecruit/shared';
import { asc, eq, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { companyRegistrationRequests, storedFiles, universities } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { readUpload } from '../../lib/read-upload';
import { DOCUMENT_UPLOAD_RULES } from '../../lib/stored-uploads';
import { authenticated, caller } from '../../plugins/auth';
import { ErrorResponse, errorResponses } from '../../plugins/schemas';
import { AUTHORISATION_TEMPLATE_FILE_NAME, AUTHORISATION_TEMPLATE_HTML } from './authorisation-template';
import { companyAdminOf, decideJoinRequest, listJoinRequests } from './join-requests';
import { registerEmployer } from './register-employer';
import { decideReviewRequest, getReviewRequest, listReviewRequests } from './reviews';
import { storeRegistrationUpload } from './upload-file';

const tags = ['单位注册 employer registration'];

/** The public end of the employer sign-up wizard (/api/public, seed 002 账号注册与认证). */
export const employerOnboardingPublicRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(fastifyMultipart, { limits: { fileSize: UPLOAD_MAX_BYTES, files: 1, fields: 5 } });

  app.get(
    '/universities',
    {
      schema: {
        tags,
        summary: '可入驻的高校',
        response: { 200: z.array(UniversityOption), ...errorResponses },
      },
    },
    async () =>
      app.ctx.db
        .select({ id: universities.id, name: universities.name })
        .from(universities)
        .orderBy(asc(universities.name)),
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

const reviewParams = z.object({ id: z.uuid('申请ID格式不正确') });

/** The platform's review queue (/api/ops): 平台认证 of new companies and admin applications. */
export const opsReviewRoutes = authenticated('ops', async (app) => {
  const opsTags = ['平台审核 ops reviews'];
  app.get(
    '/reviews',
    {
      schema: {
        tags: opsTags,
        summary: '审核列表（按类型、状态筛选，分页）',
        querystring: ReviewListQuery,
        response: { 200: z.array(ReviewRequest), ...errorResponses },
      },
    },
    async (request) => listReviewRequests(app.ctx, request.query),
  );
  app.get(
    '/reviews/:id',
    {
      schema: {
        tags: opsTags,
        summary: '审核详情',
        params: reviewParams,
        response: { 200: ReviewRequest, ...errorResponses },
      },
    },
    async (request) => getReviewRequest(app.ctx, request.params.id),
  );
  app.post(
    '/reviews/:id/decision',
    {
      schema: {
        tags: opsTags,
        summary: '通过或驳回（驳回须填原因）',
        params: reviewParams,
        body: ReviewDecisionInput,
        response: { 200: ReviewRequest, ...errorResponses },
      },
    },
    async (request) =>
      decideReviewRequest(app.ctx, caller(request).account.id, request.params.id, request.body),
  );
  app.get(
    '/files/:fileId',
    {
      schema: {
        tags: opsTags,
        summary: '查看审核材料',
        params: z.object({ fileId: z.uuid('文件ID格式不正确') }),
      },
    },
    async (request, reply) => {
      const { fileId } = request.params;
      // Only files a registration request points at are served here.
      const [file] = await app.ctx.db
        .select({ file: storedFiles })
        .from(storedFiles)
        .innerJoin(
          companyRegistrationRequests,
          sql`${companyRegistrationRequests.fileIds} @> ${JSON.stringify([fileId])}::jsonb`,
        )
        .where(eq(storedFiles.id, fileId))
        .limit(1);
      if (!file) throw new AppError('NOT_FOUND', '文件不存在');
      const data = await app.ctx.providers.storage.get(file.file.storageKey);
      return reply
        .header('content-type', file.file.contentType)
        .header('x-content-type-options', 'nosniff')
        .header(
          'content-disposition',
          `inline; filename*=UTF-8''${encodeURIComponent(file.file.originalName)}`,
        )
        .send(data);
    },
  );
});

/** 申请加入公司 requests, decided by the company admin (/api/employer/join-requests). */
export const employerJoinRequestRoutes = authenticated('employer', async (app) => {
  const joinTags = ['单位成员 employer members'];
  app.get(
    '',
    {
      schema: {
        tags: joinTags,
        summary: '加入本单位的申请（仅单位管理员）',
        querystring: z.object({ state: z.enum(REVIEW_STATES).optional() }),
        response: { 200: z.array(JoinRequest), ...errorResponses },
      },
    },
    async (request) =>
      listJoinRequests(app.ctx, companyAdminOf(caller(request).account), request.query.state),
  );
  app.post(
    '/:id/decision',
    {
      schema: {
        tags: joinTags,
        summary: '同意或拒绝加入申请（仅单位管理员）',
        params: reviewParams,
        body: JoinDecisionInput,
        response: { 200: JoinRequest, ...errorResponses },
      },
    },
    async (request) =>
      decideJoinRequest(app.ctx, companyAdminOf(caller(request).account), request.params.id, request.body),
  );
});

import fastifyMultipart from '@fastify/multipart';
import {
  Brochure,
  BrochureImage,
  BrochureInput,
  BrochureListQuery,
  BrochurePage,
  BrochurePublishInput,
  COMPANY_BRAND_LIMITS,
  PublicBrochure,
  PublicBrochureListQuery,
  PublicBrochurePage,
} from '@openrecruit/shared';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readUpload } from '../../lib/read-upload';
import { requireCompanyMember } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { ErrorResponse, errorResponses } from '../../plugins/schemas';
import { BRAND_IMAGE_RULES } from '../company-settings/brand-image-rules';
import { createBrochure } from './create-brochure';
import { deleteBrochure } from './delete-brochure';
import { findBrochures } from './find-brochures';
import { findPublicBrochures } from './find-public-brochures';
import { getBrochure } from './get-brochure';
import { getPublicBrochure } from './get-public-brochure';
import { publishBrochure } from './publish-brochure';
import { readBrochureImage } from './read-brochure-image';
import { updateBrochure } from './update-brochure';
import { uploadBrochureImage } from './upload-brochure-image';

const tags = ['招聘简章 brochures'];
const params = z.object({ id: z.uuid('招聘简章ID格式不正确') });
const imageParams = z.object({ fileId: z.uuid('图片ID格式不正确') });
const done = z.object({ ok: z.literal(true) });

function sendImage(reply: FastifyReply, file: { contentType: string; data: Buffer }, cacheControl: string) {
  return reply
    .header('content-type', file.contentType)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', cacheControl)
    .send(file.data);
}

/** 校园招聘 > 在线招聘 > 招聘简章 (/api/employer/brochures): any HR member of the company. */
export const employerBrochureRoutes = authenticated('employer', async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '招聘简章列表（每所高校的发布状态）',
        querystring: BrochureListQuery,
        response: { 200: BrochurePage, ...errorResponses },
      },
    },
    async (request) => findBrochures(app.ctx, { member: requireCompanyMember(request), ...request.query }),
  );
  app.post(
    '',
    {
      schema: {
        tags,
        summary: '新增招聘简章（草稿，正文在服务器端过滤为安全的格式）',
        body: BrochureInput,
        response: { 200: Brochure, ...errorResponses },
      },
    },
    async (request) =>
      createBrochure(app.ctx, { member: requireCompanyMember(request), input: request.body }),
  );
  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: '招聘简章详情（草稿与各校发布状态）',
        params,
        response: { 200: Brochure, ...errorResponses },
      },
    },
    async (request) =>
      getBrochure(app.ctx, { member: requireCompanyMember(request), brochureId: request.params.id }),
  );
  app.put(
    '/:id',
    {
      schema: {
        tags,
        summary: '编辑招聘简章（已发布的版本在新版本审核通过前继续展示）',
        params,
        body: BrochureInput,
        response: { 200: Brochure, ...errorResponses },
      },
    },
    async (request) =>
      updateBrochure(app.ctx, {
        member: requireCompanyMember(request),
        brochureId: request.params.id,
        input: request.body,
      }),
  );
  app.delete(
    '/:id',
    {
      schema: {
        tags,
        summary: '删除招聘简章（各校同时下线）',
        params,
        response: { 200: done, ...errorResponses },
      },
    },
    async (request) => {
      await deleteBrochure(app.ctx, { member: requireCompanyMember(request), brochureId: request.params.id });
      return { ok: true as const };
    },
  );
  app.post(
    '/:id/publish',
    {
      schema: {
        tags,
        summary: '发布招聘简章（提交所选已入驻高校审核，两个工作日内审核）',
        params,
        body: BrochurePublishInput,
        response: { 200: Brochure, ...errorResponses },
      },
    },
    async (request) =>
      publishBrochure(app.ctx, {
        member: requireCompanyMember(request),
        brochureId: request.params.id,
        universityIds: request.body.universityIds,
      }),
  );
});

/** 招聘简章's pictures (/api/employer/brochure-images): uploaded first, attached when the draft is saved. */
export const employerBrochureImageRoutes = authenticated('employer', async (app) => {
  await app.register(fastifyMultipart, {
    limits: { fileSize: COMPANY_BRAND_LIMITS.photoMaxBytes, files: 1, fields: 5 },
  });
  app.post(
    '',
    {
      schema: {
        tags,
        summary: '上传简章图片（JPG/PNG，不超过5MB，multipart 字段 file）',
        response: { 200: BrochureImage, 413: ErrorResponse, ...errorResponses },
      },
    },
    async (request) => {
      const member = requireCompanyMember(request);
      const upload = await readUpload(request, BRAND_IMAGE_RULES.photo, '请选择要上传的图片');
      return uploadBrochureImage(app.ctx, { member, upload });
    },
  );
  app.get(
    '/:fileId',
    { schema: { tags, summary: '本单位的简章图片', params: imageParams } },
    async (request, reply) =>
      sendImage(
        reply,
        await readBrochureImage(app.ctx, {
          companyId: requireCompanyMember(request).companyId,
          fileId: request.params.fileId,
        }),
        'private, max-age=3600',
      ),
  );
});

/** The students' 招聘简章 (/api/public, no login): approved versions only. */
export const publicBrochureRoutes: FastifyPluginAsyncZod = async (app) => {
  const publicationParams = z.object({ publicationId: z.uuid('招聘简章ID格式不正确') });
  app.get(
    '/brochures',
    {
      schema: {
        tags,
        summary: '招聘简章（已审核通过，按通过时间倒序，可按高校筛选）',
        querystring: PublicBrochureListQuery,
        response: { 200: PublicBrochurePage, ...errorResponses },
      },
    },
    async (request) => findPublicBrochures(app.ctx, request.query),
  );
  app.get(
    '/brochures/:publicationId',
    {
      schema: {
        tags,
        summary: '招聘简章详情（高校审核通过的版本）',
        params: publicationParams,
        response: { 200: PublicBrochure, ...errorResponses },
      },
    },
    async (request) => getPublicBrochure(app.ctx, { publicationId: request.params.publicationId }),
  );
  app.get(
    '/brochures/:publicationId/images/:fileId',
    {
      schema: {
        tags,
        summary: '招聘简章图片（审核通过的版本）',
        params: publicationParams.extend(imageParams.shape),
      },
    },
    async (request, reply) =>
      sendImage(reply, await readBrochureImage(app.ctx, request.params), 'public, max-age=3600'),
  );
};

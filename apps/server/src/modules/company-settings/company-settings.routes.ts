import fastifyMultipart from '@fastify/multipart';
import {
  COMPANY_BRAND_LIMITS,
  CompanySettings,
  CompanyVerificationChangeInput,
  UpdateCompanyBasicInput,
  UpdateCompanyBrandInput,
} from '@openrecruit/shared';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readUpload } from '../../lib/read-upload';
import { requireCompanyAdmin, requireCompanyMember } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { ErrorResponse, errorResponses } from '../../plugins/schemas';
import { addCompanyPhoto } from './add-company-photo';
import { BRAND_IMAGE_RULES } from './brand-image-rules';
import { deleteCompanyPhoto } from './delete-company-photo';
import { getCompanySettings } from './get-company-settings';
import { readBrandFile } from './read-brand-file';
import { requestVerificationChange } from './request-verification-change';
import { updateCompanyBasic } from './update-company-basic';
import { updateCompanyBrand } from './update-company-brand';
import { uploadCompanyLogo } from './upload-company-logo';

const tags = ['公司设置 company settings'];
const settingsResponse = { 200: CompanySettings, 413: ErrorResponse, ...errorResponses };
const photoParams = z.object({ fileId: z.uuid('图片ID格式不正确') });

function sendImage(reply: FastifyReply, file: { contentType: string; data: Buffer }, cacheControl: string) {
  return reply
    .header('content-type', file.contentType)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', cacheControl)
    .send(file.data);
}

/** 公司设置 (seed 002): 基本资料, 认证信息, 雇主品牌 (/api/employer/company). Members read, the admin changes. */
export const companySettingsRoutes = authenticated('employer', async (app) => {
  await app.register(fastifyMultipart, {
    limits: { fileSize: COMPANY_BRAND_LIMITS.photoMaxBytes, files: 1, fields: 5 },
  });
  const member = requireCompanyMember;
  const admin = (request: Parameters<typeof requireCompanyAdmin>[0]) =>
    requireCompanyAdmin(request, '只有单位管理员可以修改公司设置，请联系本单位的单位管理员');

  app.get(
    '',
    { schema: { tags, summary: '公司设置（本单位成员可查看）', response: settingsResponse } },
    async (request) => getCompanySettings(app.ctx, member(request)),
  );
  app.put(
    '/basic',
    {
      schema: {
        tags,
        summary: '修改基本资料（单位简称、单位规模、单位网址；保存即生效）',
        body: UpdateCompanyBasicInput,
        response: settingsResponse,
      },
    },
    async (request) => updateCompanyBasic(app.ctx, { ...request.body, admin: admin(request) }),
  );
  app.post(
    '/verification-change',
    {
      schema: {
        tags,
        summary: '修改认证信息（重新发起认证，审核通过前原认证信息继续有效）',
        body: CompanyVerificationChangeInput,
        response: settingsResponse,
      },
    },
    async (request) => requestVerificationChange(app.ctx, { ...request.body, admin: admin(request) }),
  );
  app.put(
    '/brand',
    {
      schema: {
        tags,
        summary: '修改雇主品牌（单位介绍、福利标签）',
        body: UpdateCompanyBrandInput,
        response: settingsResponse,
      },
    },
    async (request) => updateCompanyBrand(app.ctx, { ...request.body, admin: admin(request) }),
  );
  app.post(
    '/logo',
    {
      schema: {
        tags,
        summary: '上传单位Logo（JPG/PNG，不超过2MB，multipart 字段 file）',
        response: settingsResponse,
      },
    },
    async (request) => {
      const caller = admin(request);
      const upload = await readUpload(request, BRAND_IMAGE_RULES.logo, '请选择要上传的图片');
      return uploadCompanyLogo(app.ctx, { admin: caller, upload });
    },
  );
  app.post(
    '/photos',
    {
      schema: {
        tags,
        summary: '上传单位照片（JPG/PNG，不超过5MB，最多9张，multipart 字段 file）',
        response: settingsResponse,
      },
    },
    async (request) => {
      const caller = admin(request);
      const upload = await readUpload(request, BRAND_IMAGE_RULES.photo, '请选择要上传的图片');
      return addCompanyPhoto(app.ctx, { admin: caller, upload });
    },
  );
  app.delete(
    '/photos/:fileId',
    { schema: { tags, summary: '删除单位照片', params: photoParams, response: settingsResponse } },
    async (request) => deleteCompanyPhoto(app.ctx, { admin: admin(request), fileId: request.params.fileId }),
  );
  app.get('/logo', { schema: { tags, summary: '本单位Logo' } }, async (request, reply) =>
    sendImage(
      reply,
      await readBrandFile(app.ctx, { companyId: member(request).companyId, publicOnly: false }),
      'private, max-age=3600',
    ),
  );
  app.get(
    '/photos/:fileId',
    { schema: { tags, summary: '本单位照片', params: photoParams } },
    async (request, reply) =>
      sendImage(
        reply,
        await readBrandFile(app.ctx, {
          companyId: member(request).companyId,
          photoId: request.params.fileId,
          publicOnly: false,
        }),
        'private, max-age=3600',
      ),
  );
});

/** 雇主品牌 images of verified companies, for seekers' job pages and the job QR code (/api/public). */
export const publicCompanyBrandRoutes: FastifyPluginAsyncZod = async (app) => {
  const companyParams = z.object({ companyId: z.uuid('单位ID格式不正确') });
  app.get(
    '/companies/:companyId/logo',
    { schema: { tags, summary: '单位Logo（已认证单位）', params: companyParams } },
    async (request, reply) =>
      sendImage(
        reply,
        await readBrandFile(app.ctx, { companyId: request.params.companyId, publicOnly: true }),
        // The URL stays while the logo may change: a short public cache.
        'public, max-age=300',
      ),
  );
  app.get(
    '/companies/:companyId/photos/:fileId',
    {
      schema: {
        tags,
        summary: '单位照片（已认证单位）',
        params: companyParams.extend(photoParams.shape),
      },
    },
    async (request, reply) =>
      sendImage(
        reply,
        await readBrandFile(app.ctx, {
          companyId: request.params.companyId,
          photoId: request.params.fileId,
          publicOnly: true,
        }),
        'public, max-age=3600',
      ),
  );
};

import fastifyMultipart from '@fastify/multipart';
import { PublicUniversity, UniversityProfile, UpdateUniversityProfileInput } from '@openrecruit/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readUpload } from '../../lib/read-upload';
import { requireUniversityAdmin, requireUniversityStaff } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { ErrorResponse, errorResponses } from '../../plugins/schemas';
import { getPublicUniversity } from './get-public-university';
import { getUniversityProfile } from './get-university-profile';
import { readUniversityLogo } from './read-university-logo';
import { updateUniversityProfile } from './update-university-profile';
import { UNIVERSITY_LOGO_RULES, uploadUniversityLogo } from './upload-university-logo';

const tags = ['高校信息 universities'];
const profileResponse = { 200: UniversityProfile, 413: ErrorResponse, ...errorResponses };
const adminOf = (request: Parameters<typeof requireUniversityAdmin>[0]) =>
  requireUniversityAdmin(request, '只有本校管理员可以修改高校信息，请联系本校的管理员');

/** 高校信息 (issue 11): staff read, the university's admin edits (/api/university/profile). */
export const universityProfileRoutes = authenticated('university', async (app) => {
  await app.register(fastifyMultipart, {
    limits: { fileSize: UNIVERSITY_LOGO_RULES.maxBytes, files: 1, fields: 5 },
  });
  app.get(
    '',
    { schema: { tags, summary: '高校信息（本校工作人员可查看）', response: profileResponse } },
    async (request) => getUniversityProfile(app.ctx, requireUniversityStaff(request)),
  );
  app.put(
    '',
    {
      schema: {
        tags,
        summary: '修改高校信息（地址、校区、就业中心联系人、学校简介；仅本校管理员）',
        body: UpdateUniversityProfileInput,
        response: profileResponse,
      },
    },
    async (request) => updateUniversityProfile(app.ctx, { ...request.body, admin: adminOf(request) }),
  );
  app.post(
    '/logo',
    {
      schema: {
        tags,
        summary: '上传校徽/Logo（JPG/PNG，不超过2MB，multipart 字段 file；仅本校管理员）',
        response: profileResponse,
      },
    },
    async (request) => {
      const admin = adminOf(request);
      const upload = await readUpload(request, UNIVERSITY_LOGO_RULES, '请选择要上传的图片');
      return uploadUniversityLogo(app.ctx, { admin, upload });
    },
  );
});

/** The universities' public pages in the seeker app (/api/public/universities/:id). */
export const publicUniversityRoutes: FastifyPluginAsyncZod = async (app) => {
  const params = z.object({ id: z.uuid('高校ID格式不正确') });
  app.get(
    '/universities/:id',
    {
      schema: {
        tags,
        summary: '高校主页（简介、校区、就业中心联系方式、已入驻单位）',
        params,
        response: { 200: PublicUniversity, ...errorResponses },
      },
    },
    async (request) => getPublicUniversity(app.ctx, { universityId: request.params.id }),
  );
  app.get(
    '/universities/:id/logo',
    {
      schema: {
        tags,
        summary: '高校校徽/Logo',
        params,
        querystring: z.object({ v: z.string().max(64).optional() }),
      },
    },
    async (request, reply) => {
      const file = await readUniversityLogo(app.ctx, { universityId: request.params.id });
      // The URL carries the file id (?v=): a new logo is a new URL, so the answer may be kept long.
      return reply
        .header('content-type', file.contentType)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'public, max-age=86400')
        .send(file.data);
    },
  );
};

import fastifyMultipart from '@fastify/multipart';
import {
  ApplyCloudPresentationInput,
  CloudPresentation,
  CloudPresentationFile,
  CloudPresentationListQuery,
  CloudPresentationPage,
  PublicCloudPresentation,
  PublicCloudPresentationListQuery,
  PublicCloudPresentationPage,
  ResubmitCloudPresentationInput,
  UniversityCloudPresentationListQuery,
  UniversityCloudPresentationPage,
} from '@openrecruit/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { readUpload } from '../../lib/read-upload';
import { requireCompanyMember, requireSeeker, requireUniversityStaff } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { ErrorResponse, errorResponses } from '../../plugins/schemas';
import { applyCloudPresentation } from './apply-cloud-presentation';
import { findCampusCloudPresentations } from './find-campus-cloud-presentations';
import { findCloudPresentations } from './find-cloud-presentations';
import { findPublicCloudPresentations } from './find-public-cloud-presentations';
import { findUniversityCloudPresentations } from './find-university-cloud-presentations';
import { getCloudPresentation } from './get-cloud-presentation';
import { getPublicCloudPresentation } from './get-public-cloud-presentation';
import { sendStoredMedia } from './media-range';
import { type MediaReader, readCloudPresentationMedia } from './read-cloud-presentation-media';
import { resubmitCloudPresentation } from './resubmit-cloud-presentation';
import { POSTER_RULES, uploadCloudPresentationPoster } from './upload-cloud-presentation-poster';
import { uploadCloudPresentationVideo, type VideoUpload } from './upload-cloud-presentation-video';
import { withdrawCloudPresentation } from './withdraw-cloud-presentation';

const tags = ['云宣讲 cloud-presentations'];
const params = z.object({ id: z.uuid('云宣讲ID格式不正确') });
const presentationResponse = { 200: CloudPresentation, ...errorResponses };

/** The video and the poster, with HTTP ranges; `cacheControl` is private unless it is public. */
function mediaRoutes(
  app: Parameters<FastifyPluginAsyncZod>[0],
  reader: (request: FastifyRequest) => MediaReader,
) {
  const cacheControl = 'private, max-age=3600';
  for (const media of ['video', 'poster'] as const)
    app.get(
      `/:id/${media}`,
      {
        schema: {
          tags,
          summary: media === 'video' ? '宣讲视频（支持 Range 分段请求）' : '视频封面',
          params,
        },
      },
      async (request, reply: FastifyReply) =>
        sendStoredMedia(
          reply,
          app.ctx.providers.storage,
          await readCloudPresentationMedia(app.ctx, {
            reader: reader(request),
            // The schema checked it already; the loop's route type does not carry it.
            presentationId: params.parse(request.params).id,
            media,
          }),
          request.headers.range,
          cacheControl,
        ),
    );
}

/** 云校招 > 云宣讲 (/api/employer/cloud-presentations): any HR of the company. */
export const employerCloudPresentationRoutes = authenticated('employer', async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '本单位的云宣讲（分页，最新在前，含各高校审核状态）',
        querystring: CloudPresentationListQuery,
        response: { 200: CloudPresentationPage, ...errorResponses },
      },
    },
    async (request) =>
      findCloudPresentations(app.ctx, { member: requireCompanyMember(request), query: request.query }),
  );
  app.post(
    '',
    {
      schema: {
        tags,
        summary: '申请云宣讲（录播或直播；须已入驻所选高校；各高校分别审核）',
        body: ApplyCloudPresentationInput,
        response: presentationResponse,
      },
    },
    async (request) =>
      applyCloudPresentation(app.ctx, { member: requireCompanyMember(request), input: request.body }),
  );
  app.get(
    '/:id',
    { schema: { tags, summary: '云宣讲详情', params, response: presentationResponse } },
    async (request) =>
      getCloudPresentation(app.ctx, {
        member: requireCompanyMember(request),
        presentationId: request.params.id,
      }),
  );
  app.post(
    '/:id/withdraw',
    { schema: { tags, summary: '撤回云宣讲（所有高校不再展示）', params, response: presentationResponse } },
    async (request) =>
      withdrawCloudPresentation(app.ctx, {
        member: requireCompanyMember(request),
        presentationId: request.params.id,
      }),
  );
  app.post(
    '/:id/resubmit',
    {
      schema: {
        tags,
        summary: '向未通过的高校重新提交',
        params,
        body: ResubmitCloudPresentationInput,
        response: presentationResponse,
      },
    },
    async (request) =>
      resubmitCloudPresentation(app.ctx, {
        member: requireCompanyMember(request),
        presentationId: request.params.id,
        universityId: request.body.universityId,
      }),
  );
  mediaRoutes(app, (request) => ({ kind: 'company', companyId: requireCompanyMember(request).companyId }));
});

/** The part of a multipart request named `file`, as a stream (a video is never read whole). */
async function readVideoPart(request: FastifyRequest, ctx: AppContext): Promise<VideoUpload> {
  const missing = () => AppError.fieldError('file', '请选择要上传的视频');
  if (!request.isMultipart()) throw missing();
  const part = await request
    .file({ limits: { fileSize: ctx.config.cloudVideoMaxBytes, files: 1 } })
    .catch(() => {
      throw AppError.fieldError('file', '上传的数据不完整或格式不正确，请重新选择视频上传');
    });
  if (!part) throw missing();
  return { stream: part.file, fileName: part.filename, truncated: () => part.file.truncated };
}

/** 录播宣讲's files (/api/employer/cloud-presentation-files): uploaded first, named by the application. */
export const employerCloudPresentationFileRoutes = authenticated('employer', async (app) => {
  await app.register(fastifyMultipart, {
    limits: { fileSize: app.ctx.config.cloudVideoMaxBytes, files: 1, fields: 5 },
  });
  app.post(
    '/video',
    {
      schema: {
        tags,
        summary: '上传宣讲视频（MP4/WebM，默认不超过200MB，multipart 字段 file）',
        response: { 200: CloudPresentationFile, 413: ErrorResponse, ...errorResponses },
      },
    },
    async (request) => {
      const member = requireCompanyMember(request);
      return uploadCloudPresentationVideo(app.ctx, { member, upload: await readVideoPart(request, app.ctx) });
    },
  );
  app.post(
    '/poster',
    {
      schema: {
        tags,
        summary: '上传视频封面（JPG/PNG，不超过2MB，multipart 字段 file）',
        response: { 200: CloudPresentationFile, 413: ErrorResponse, ...errorResponses },
      },
    },
    async (request) => {
      const member = requireCompanyMember(request);
      const upload = await readUpload(request, POSTER_RULES, '请选择视频封面');
      return uploadCloudPresentationPoster(app.ctx, { member, upload });
    },
  );
});

/** 云宣讲审核 > 本校云宣讲 (/api/university/cloud-presentations): the university's staff. */
export const universityCloudPresentationRoutes = authenticated('university', async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '提交到本校的云宣讲（按状态，默认已通过）',
        querystring: UniversityCloudPresentationListQuery,
        response: { 200: UniversityCloudPresentationPage, ...errorResponses },
      },
    },
    async (request) =>
      findUniversityCloudPresentations(app.ctx, {
        staff: requireUniversityStaff(request),
        query: request.query,
      }),
  );
  mediaRoutes(app, (request) => ({
    kind: 'university',
    universityId: requireUniversityStaff(request).universityId,
  }));
});

/** 校园 > 云宣讲 (/api/seeker/campus/cloud-presentations): the student's university's approved ones. */
export const seekerCloudPresentationRoutes = authenticated('seeker', async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '我的学校的云宣讲（已审核通过）',
        querystring: PublicCloudPresentationListQuery,
        response: { 200: PublicCloudPresentationPage, ...errorResponses },
      },
    },
    async (request) =>
      findCampusCloudPresentations(app.ctx, { seeker: requireSeeker(request), query: request.query }),
  );
});

/** Approved 云宣讲 (/api/public/cloud-presentations, no login): the universities' public pages. */
export const publicCloudPresentationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: '云宣讲详情（已有高校审核通过）',
        params,
        response: { 200: PublicCloudPresentation, ...errorResponses },
      },
    },
    async (request) => getPublicCloudPresentation(app.ctx, { presentationId: request.params.id }),
  );
  mediaRoutes(app, () => ({ kind: 'public' }));
};

/** A university's approved 云宣讲 (/api/public/universities/:id/cloud-presentations). */
export const publicUniversityCloudPresentationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:id/cloud-presentations',
    {
      schema: {
        tags,
        summary: '高校的云宣讲（审核通过的，按宣讲时间倒序）',
        params: z.object({ id: z.uuid('高校ID格式不正确') }),
        querystring: PublicCloudPresentationListQuery,
        response: { 200: PublicCloudPresentationPage, ...errorResponses },
      },
    },
    async (request) =>
      findPublicCloudPresentations(app.ctx, { universityId: request.params.id, query: request.query }),
  );
};

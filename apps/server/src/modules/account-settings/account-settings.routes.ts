import fastifyMultipart from '@fastify/multipart';
import {
  AccountProfile,
  AdminApplicationStatus,
  CloseAccountInput,
  NotificationBindings,
  SandboxScanInput,
  SubmitAdminApplicationInput,
  UPLOAD_MAX_BYTES,
  UpdateAccountProfileInput,
  UploadedFile,
  WechatBindingTicket,
} from '@openrecruit/shared';
import { z } from 'zod';
import { readUpload } from '../../lib/read-upload';
import { DOCUMENT_UPLOAD_RULES } from '../../lib/stored-uploads';
import { requireCompanyMember } from '../../plugins/access';
import { authenticated, caller, clearSessionCookie } from '../../plugins/auth';
import { ErrorResponse, errorResponses } from '../../plugins/schemas';
import { mapAccountProfile } from './account-profile';
import { closeAccount } from './close-account';
import { createWechatBindingTicket } from './create-wechat-binding-ticket';
import { getAdminApplicationStatus } from './get-admin-application-status';
import { getNotificationBindings } from './get-notification-bindings';
import { readAvatar } from './read-avatar';
import { simulateWechatScan } from './simulate-wechat-scan';
import { storeAuthorisationLetter } from './store-authorisation-letter';
import { submitAdminApplication } from './submit-admin-application';
import { unbindWechat } from './unbind-wechat';
import { updateAccountProfile } from './update-account-profile';
import { AVATAR_UPLOAD_RULES, uploadAvatar } from './upload-avatar';

const tags = ['账号设置 account settings'];

/** 账号设置 (seed 002) of any employer account (/api/employer/account). */
export const employerAccountSettingsRoutes = authenticated('employer', async (app) => {
  await app.register(fastifyMultipart, { limits: { fileSize: UPLOAD_MAX_BYTES, files: 1, fields: 5 } });

  app.get(
    '/profile',
    { schema: { tags, summary: '个人资料', response: { 200: AccountProfile, ...errorResponses } } },
    async (request) => {
      requireCompanyMember(request);
      return mapAccountProfile(caller(request).account);
    },
  );
  app.put(
    '/profile',
    {
      schema: {
        tags,
        summary: '修改个人资料（姓名、昵称、部门；求职者只看到昵称）',
        body: UpdateAccountProfileInput,
        response: { 200: AccountProfile, ...errorResponses },
      },
    },
    async (request) =>
      updateAccountProfile(app.ctx, { ...request.body, member: requireCompanyMember(request) }),
  );
  app.post(
    '/avatar',
    {
      schema: {
        tags,
        summary: '上传头像（JPG/PNG，不超过2MB、4096×4096，multipart 字段 file）',
        response: { 200: AccountProfile, 413: ErrorResponse, ...errorResponses },
      },
    },
    async (request) => {
      const member = requireCompanyMember(request);
      return uploadAvatar(app.ctx, { member, upload: await readUpload(request, AVATAR_UPLOAD_RULES) });
    },
  );
  app.get(
    '/avatar/:fileId',
    {
      schema: {
        tags,
        summary: '头像图片（仅本单位成员可见）',
        params: z.object({ fileId: z.uuid('文件ID格式不正确') }),
      },
    },
    async (request, reply) => {
      const { file, data } = await readAvatar(app.ctx, {
        viewer: requireCompanyMember(request),
        fileId: request.params.fileId,
      });
      return reply
        .header('content-type', file.contentType)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, max-age=86400')
        .send(data);
    },
  );

  app.get(
    '/bindings',
    {
      schema: {
        tags,
        summary: '账号绑定（通知渠道）',
        response: { 200: NotificationBindings, ...errorResponses },
      },
    },
    async (request) => getNotificationBindings(app.ctx, { member: requireCompanyMember(request) }),
  );
  app.post(
    '/bindings/wechat/ticket',
    {
      schema: {
        tags,
        summary: '获取绑定微信公众号的二维码（10分钟有效）',
        response: { 200: WechatBindingTicket, ...errorResponses },
      },
    },
    async (request) => createWechatBindingTicket(app.ctx, { member: requireCompanyMember(request) }),
  );
  app.post(
    '/bindings/wechat/sandbox-scan',
    {
      schema: {
        tags,
        summary: '模拟扫码（仅开发环境的微信沙箱）',
        body: SandboxScanInput,
        response: { 200: NotificationBindings, ...errorResponses },
      },
    },
    async (request) =>
      simulateWechatScan(app.ctx, { member: requireCompanyMember(request), ticket: request.body.ticket }),
  );
  app.delete(
    '/bindings/wechat',
    { schema: { tags, summary: '解绑微信', response: { 200: NotificationBindings, ...errorResponses } } },
    async (request) => unbindWechat(app.ctx, { member: requireCompanyMember(request) }),
  );

  app.get(
    '/admin-application',
    {
      schema: {
        tags,
        summary: '申请管理员：当前管理员与我的申请',
        response: { 200: AdminApplicationStatus, ...errorResponses },
      },
    },
    async (request) => getAdminApplicationStatus(app.ctx, { member: requireCompanyMember(request) }),
  );
  app.post(
    '/admin-application/files',
    {
      schema: {
        tags,
        summary: '上传盖章的账号授权书（JPG/PNG/PDF，不超过5MB，multipart 字段 file）',
        response: { 200: UploadedFile, 413: ErrorResponse, ...errorResponses },
      },
    },
    async (request) => {
      const member = requireCompanyMember(request);
      return storeAuthorisationLetter(app.ctx, {
        member,
        upload: await readUpload(request, DOCUMENT_UPLOAD_RULES),
      });
    },
  );
  app.post(
    '/admin-application',
    {
      schema: {
        tags,
        summary: '申请成为管理员（平台1~3个工作日内审核）',
        body: SubmitAdminApplicationInput,
        response: { 200: AdminApplicationStatus, ...errorResponses },
      },
    },
    async (request) =>
      submitAdminApplication(app.ctx, { ...request.body, member: requireCompanyMember(request) }),
  );

  app.post(
    '/close',
    {
      schema: {
        tags,
        summary: '注销账号（停用并下线，记录保留）',
        body: CloseAccountInput,
        response: { 200: z.object({ ok: z.literal(true) }), ...errorResponses },
      },
    },
    async (request, reply) => {
      await closeAccount(app.ctx, {
        ...request.body,
        member: requireCompanyMember(request),
        account: caller(request).account,
        ip: request.ip,
      });
      clearSessionCookie(reply, 'employer');
      return { ok: true as const };
    },
  );
});

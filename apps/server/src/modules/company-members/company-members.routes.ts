import {
  AddCompanyMemberInput,
  CompanyMember,
  CompanyMemberListQuery,
  CompanyMemberPage,
  ResetMemberPasswordInput,
  UpdateCompanyMemberInput,
} from '@openrecruit/shared';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireCompanyAdmin } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { addCompanyMember } from './add-company-member';
import { findCompanyMembers } from './find-company-members';
import { renameCompanyMember } from './rename-company-member';
import { resetMemberPassword } from './reset-member-password';
import { setMemberStatus } from './set-member-status';

const tags = ['公司成员 company members'];
const params = z.object({ id: z.uuid('成员ID格式不正确') });

/** Only a company's 单位管理员 manages its members; an HR member is refused. */
const adminOf = (request: FastifyRequest) => requireCompanyAdmin(request, '只有单位管理员可以管理公司成员');

/** 公司设置 > 公司成员 (seed 002), for the company's 单位管理员 only (/api/employer/members). */
export const companyMemberRoutes = authenticated('employer', async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '公司成员列表（仅单位管理员，分页）',
        querystring: CompanyMemberListQuery,
        response: { 200: CompanyMemberPage, ...errorResponses },
      },
    },
    async (request) => findCompanyMembers(app.ctx, { ...request.query, admin: adminOf(request) }),
  );
  app.post(
    '',
    {
      schema: {
        tags,
        summary: '新增 HR（首次登录须修改初始密码）',
        body: AddCompanyMemberInput,
        response: { 200: CompanyMember, ...errorResponses },
      },
    },
    async (request) =>
      addCompanyMember(app.ctx, { ...request.body, admin: adminOf(request), ip: request.ip }),
  );
  app.patch(
    '/:id',
    {
      schema: {
        tags,
        summary: '修改成员姓名',
        params,
        body: UpdateCompanyMemberInput,
        response: { 200: CompanyMember, ...errorResponses },
      },
    },
    async (request) =>
      renameCompanyMember(app.ctx, { ...request.body, admin: adminOf(request), memberId: request.params.id }),
  );
  app.post(
    '/:id/reset-password',
    {
      schema: {
        tags,
        summary: '重置成员密码（成员须重新登录并修改密码）',
        params,
        body: ResetMemberPasswordInput,
        response: { 200: CompanyMember, ...errorResponses },
      },
    },
    async (request) =>
      resetMemberPassword(app.ctx, {
        ...request.body,
        admin: adminOf(request),
        memberId: request.params.id,
        ip: request.ip,
      }),
  );
  for (const [path, enabled, summary] of [
    ['/:id/deactivate', false, '注销成员账户（立即下线，记录保留）'],
    ['/:id/activate', true, '恢复成员账户'],
  ] as const) {
    app.post(
      path,
      { schema: { tags, summary, params, response: { 200: CompanyMember, ...errorResponses } } },
      async (request) =>
        setMemberStatus(app.ctx, {
          admin: adminOf(request),
          memberId: request.params.id,
          enabled,
          ip: request.ip,
        }),
    );
  }
});

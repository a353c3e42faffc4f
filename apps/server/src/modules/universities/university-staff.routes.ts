import {
  AddUniversityStaffInput,
  ResetUniversityStaffPasswordInput,
  UniversityStaffListQuery,
  UniversityStaffMember,
  UniversityStaffPage,
} from '@openrecruit/shared';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireUniversityAdmin } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { addUniversityStaff } from './add-university-staff';
import { findUniversityStaff } from './find-university-staff';
import { resetUniversityStaffPassword } from './reset-university-staff-password';
import { setUniversityStaffStatus } from './set-university-staff-status';

const tags = ['高校账号管理 university staff'];
const params = z.object({ id: z.uuid('账号ID格式不正确') });
const staffResponse = { 200: UniversityStaffMember, ...errorResponses };

/** Only the university's admin manages its staff accounts; other staff are refused. */
const adminOf = (request: FastifyRequest) =>
  requireUniversityAdmin(request, '只有本校管理员可以管理账号，请联系本校的管理员');

/** 账号管理 (issue 11), for the university's admin only (/api/university/staff). */
export const universityStaffRoutes = authenticated('university', async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '本校工作人员账号列表（仅本校管理员，分页）',
        querystring: UniversityStaffListQuery,
        response: { 200: UniversityStaffPage, ...errorResponses },
      },
    },
    async (request) => findUniversityStaff(app.ctx, { ...request.query, admin: adminOf(request) }),
  );
  app.post(
    '',
    {
      schema: {
        tags,
        summary: '新增账号（首次登录须修改初始密码）',
        body: AddUniversityStaffInput,
        response: staffResponse,
      },
    },
    async (request) =>
      addUniversityStaff(app.ctx, { ...request.body, admin: adminOf(request), ip: request.ip }),
  );
  app.post(
    '/:id/reset-password',
    {
      schema: {
        tags,
        summary: '重置密码（须重新登录并修改密码）',
        params,
        body: ResetUniversityStaffPasswordInput,
        response: staffResponse,
      },
    },
    async (request) =>
      resetUniversityStaffPassword(app.ctx, {
        ...request.body,
        admin: adminOf(request),
        staffId: request.params.id,
        ip: request.ip,
      }),
  );
  for (const [path, enabled, summary] of [
    ['/:id/disable', false, '停用账号（立即下线）'],
    ['/:id/enable', true, '启用账号'],
  ] as const) {
    app.post(path, { schema: { tags, summary, params, response: staffResponse } }, async (request) =>
      setUniversityStaffStatus(app.ctx, {
        admin: adminOf(request),
        staffId: request.params.id,
        enabled,
        ip: request.ip,
      }),
    );
  }
});

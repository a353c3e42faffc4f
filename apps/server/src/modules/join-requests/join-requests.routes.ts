import { JoinDecisionInput, JoinRequest, JoinRequestListQuery, JoinRequestPage } from '@openrecruit/shared';
import { z } from 'zod';
import { requireCompanyAdmin } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { decideJoinRequest } from './decide-join-request';
import { findJoinRequests } from './find-join-requests';

const tags = ['单位成员 employer members'];
const ONLY_ADMIN = '只有单位管理员可以审核加入申请';

/** 申请加入公司 requests, decided by the company admin (/api/employer/join-requests). */
export const employerJoinRequestRoutes = authenticated('employer', async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '加入本单位的申请（仅单位管理员，分页）',
        querystring: JoinRequestListQuery,
        response: { 200: JoinRequestPage, ...errorResponses },
      },
    },
    async (request) =>
      findJoinRequests(app.ctx, { ...request.query, admin: requireCompanyAdmin(request, ONLY_ADMIN) }),
  );
  app.post(
    '/:id/decision',
    {
      schema: {
        tags,
        summary: '同意或拒绝加入申请（仅单位管理员）',
        params: z.object({ id: z.uuid('申请ID格式不正确') }),
        body: JoinDecisionInput,
        response: { 200: JoinRequest, ...errorResponses },
      },
    },
    async (request) =>
      decideJoinRequest(app.ctx, {
        admin: requireCompanyAdmin(request, ONLY_ADMIN),
        requestId: request.params.id,
        ...request.body,
      }),
  );
});

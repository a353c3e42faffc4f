import {
  GrantMembershipInput,
  LeadFollowUpInput,
  MembershipLead,
  MembershipLeadInput,
  MembershipLeadPage,
  MembershipLeadQuery,
  MyMembership,
} from '@openrecruit/shared';
import { z } from 'zod';
import { requireCompanyMember, requireOperator } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { findMembershipLeads } from './find-membership-leads';
import { followUpMembershipLead } from './follow-up-membership-lead';
import { getMembershipLead } from './get-membership-lead';
import { getMyMembership } from './get-my-membership';
import { grantMembership } from './grant-membership';
import { submitMembershipLead } from './submit-membership-lead';

const tags = ['会员 memberships'];
const leadParams = z.object({ id: z.uuid('线索ID格式不正确') });

/** 会员 (/api/employer/membership): the company's membership and its 开通/升级 request. */
export const employerMembershipRoutes = authenticated('employer', async (app) => {
  app.get(
    '/membership',
    {
      schema: {
        tags,
        summary: '我的会员：当前会员套餐与待联系的申请',
        response: { 200: MyMembership, ...errorResponses },
      },
    },
    async (request) => getMyMembership(app.ctx, { member: requireCompanyMember(request) }),
  );
  app.post(
    '/membership/leads',
    {
      schema: {
        tags,
        summary: '开通/升级会员：提交企业信息，专属顾问1个工作日左右电话联系',
        body: MembershipLeadInput,
        response: { 200: MyMembership, ...errorResponses },
      },
    },
    async (request) =>
      submitMembershipLead(app.ctx, { member: requireCompanyMember(request), input: request.body }),
  );
});

/** 会员线索 (/api/ops/membership-leads): follow the requests up and grant memberships. */
export const opsMembershipRoutes = authenticated('ops', async (app) => {
  app.get(
    '/membership-leads',
    {
      schema: {
        tags,
        summary: '会员线索（按状态、单位或联系人筛选，分页；手机号脱敏）',
        querystring: MembershipLeadQuery,
        response: { 200: MembershipLeadPage, ...errorResponses },
      },
    },
    async (request) =>
      findMembershipLeads(app.ctx, { operator: requireOperator(request), query: request.query }),
  );
  app.get(
    '/membership-leads/:id',
    {
      schema: {
        tags,
        summary: '线索详情（含联系人完整手机号，查看记入审计日志）',
        params: leadParams,
        response: { 200: MembershipLead, ...errorResponses },
      },
    },
    async (request) =>
      getMembershipLead(app.ctx, {
        operator: requireOperator(request),
        leadId: request.params.id,
        ip: request.ip,
      }),
  );
  for (const [path, event, summary] of [
    ['follow-ups', 'follow_up', '记录跟进'],
    ['close', 'close', '关闭线索（填写原因）'],
  ] as const)
    app.post(
      `/membership-leads/:id/${path}`,
      {
        schema: {
          tags,
          summary,
          params: leadParams,
          body: LeadFollowUpInput,
          response: { 200: MembershipLead, ...errorResponses },
        },
      },
      async (request) =>
        followUpMembershipLead(app.ctx, {
          operator: requireOperator(request),
          leadId: request.params.id,
          event,
          note: request.body.note,
          ip: request.ip,
        }),
    );
  app.post(
    '/membership-leads/:id/grant',
    {
      schema: {
        tags,
        summary: '开通会员：VIP或SVIP及期限，按期限发放套餐内的道具',
        params: leadParams,
        body: GrantMembershipInput,
        response: { 200: MembershipLead, ...errorResponses },
      },
    },
    async (request) =>
      grantMembership(app.ctx, {
        operator: requireOperator(request),
        leadId: request.params.id,
        input: request.body,
        ip: request.ip,
      }),
  );
});

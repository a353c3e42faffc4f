import {
  ApplyPresentationInput,
  Presentation,
  PresentationListQuery,
  PresentationPage,
} from '@openrecruit/shared';
import { z } from 'zod';
import { requireCompanyMember, requireUniversityStaff } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { applyPresentation } from './apply-presentation';
import { cancelPresentation } from './cancel-presentation';
import { findPresentations } from './find-presentations';
import { getPresentation } from './get-presentation';

const tags = ['宣讲会 presentations'];
const params = z.object({ id: z.uuid('宣讲会ID格式不正确') });
const presentationResponse = { 200: Presentation, ...errorResponses };

/** 校园招聘 > 宣讲会 (/api/employer/presentations): any HR of the company. */
export const employerPresentationRoutes = authenticated('employer', async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '本单位的宣讲会申请（分页，可按状态、高校筛选）',
        querystring: PresentationListQuery,
        response: { 200: PresentationPage, ...errorResponses },
      },
    },
    async (request) =>
      findPresentations(app.ctx, { member: requireCompanyMember(request), query: request.query }),
  );
  app.get(
    '/:id',
    { schema: { tags, summary: '宣讲会详情', params, response: presentationResponse } },
    async (request) =>
      getPresentation(app.ctx, {
        caller: { member: requireCompanyMember(request) },
        presentationId: request.params.id,
      }),
  );
  app.post(
    '',
    {
      schema: {
        tags,
        summary: '申请宣讲会（须已入驻该高校；学校三个工作日内审核）',
        body: ApplyPresentationInput,
        response: presentationResponse,
      },
    },
    async (request) =>
      applyPresentation(app.ctx, { member: requireCompanyMember(request), input: request.body }),
  );
  app.post(
    '/:id/cancel',
    {
      schema: {
        tags,
        summary: '取消宣讲会（仅已通过且未开始的宣讲会）',
        params,
        response: presentationResponse,
      },
    },
    async (request) =>
      cancelPresentation(app.ctx, {
        member: requireCompanyMember(request),
        presentationId: request.params.id,
      }),
  );
});

/** The university's view of one 宣讲会 at it (/api/university/presentations/:id), e.g. for 宣讲会审核. */
export const universityPresentationRoutes = authenticated('university', async (app) => {
  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: '本校的宣讲会详情（审核时安排场地用）',
        params,
        response: presentationResponse,
      },
    },
    async (request) =>
      getPresentation(app.ctx, {
        caller: { staff: requireUniversityStaff(request) },
        presentationId: request.params.id,
      }),
  );
});

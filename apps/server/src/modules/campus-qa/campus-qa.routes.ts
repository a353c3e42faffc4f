import {
  CampusAnswerInput,
  CampusFaq,
  CampusFaqInput,
  CampusFaqList,
  CampusQuestionInput,
  EmployerCampusQuestion,
  EmployerCampusQuestionPage,
  EmployerCampusQuestionQuery,
  PublicCompanyCampus,
  SeekerCampusQuestion,
  SeekerCampusQuestionPage,
  SeekerCampusQuestionQuery,
} from '@openrecruit/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCompanyMember, requireSeeker } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { answerCampusQuestion } from './answer-campus-question';
import { askCampusQuestion } from './ask-campus-question';
import { createCampusFaq } from './create-campus-faq';
import { deleteCampusFaq } from './delete-campus-faq';
import { findCampusFaqs } from './find-campus-faqs';
import { findCampusQuestions } from './find-campus-questions';
import { findMyCampusQuestions } from './find-my-campus-questions';
import { getCompanyCampus } from './get-company-campus';
import { updateCampusFaq } from './update-campus-faq';

const tags = ['校招答疑 campus Q&A'];
const done = z.object({ ok: z.literal(true) });

/** 我的提问 (/api/seeker/campus/questions). */
export const seekerCampusQuestionRoutes = authenticated('seeker', async (app) => {
  app.post(
    '',
    {
      schema: {
        tags,
        summary: '向单位提问（招聘简章、职位、双选会、宣讲会或单位主页；每天最多20次）',
        body: CampusQuestionInput,
        response: { 200: SeekerCampusQuestion, ...errorResponses },
      },
    },
    async (request) => askCampusQuestion(app.ctx, { seeker: requireSeeker(request), ...request.body }),
  );
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '我的提问（含单位回复）',
        querystring: SeekerCampusQuestionQuery,
        response: { 200: SeekerCampusQuestionPage, ...errorResponses },
      },
    },
    async (request) => findMyCampusQuestions(app.ctx, { seeker: requireSeeker(request), ...request.query }),
  );
});

/** 校园招聘 > 校招答疑 (/api/employer/campus-questions): any HR member answers. */
export const employerCampusQuestionRoutes = authenticated('employer', async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '学生提问（未回复/已回复及数量）',
        querystring: EmployerCampusQuestionQuery,
        response: { 200: EmployerCampusQuestionPage, ...errorResponses },
      },
    },
    async (request) =>
      findCampusQuestions(app.ctx, { member: requireCompanyMember(request), ...request.query }),
  );
  app.post(
    '/:id/answer',
    {
      schema: {
        tags,
        summary: '回复学生提问（每个问题回复一次）',
        params: z.object({ id: z.uuid('问题ID格式不正确') }),
        body: CampusAnswerInput,
        response: { 200: EmployerCampusQuestion, ...errorResponses },
      },
    },
    async (request) =>
      answerCampusQuestion(app.ctx, {
        member: requireCompanyMember(request),
        questionId: request.params.id,
        answer: request.body.answer,
      }),
  );
});

/** 校招答疑 > 新增 (/api/employer/campus-faqs): FAQs every student sees on the campus page. */
export const employerCampusFaqRoutes = authenticated('employer', async (app) => {
  const params = z.object({ id: z.uuid('常见问题ID格式不正确') });
  app.get(
    '',
    { schema: { tags, summary: '常见问题列表', response: { 200: CampusFaqList, ...errorResponses } } },
    async (request) => findCampusFaqs(app.ctx, { member: requireCompanyMember(request) }),
  );
  app.post(
    '',
    {
      schema: {
        tags,
        summary: '新增常见问题（发布后所有学生可见）',
        body: CampusFaqInput,
        response: { 200: CampusFaq, ...errorResponses },
      },
    },
    async (request) => createCampusFaq(app.ctx, { member: requireCompanyMember(request), ...request.body }),
  );
  app.put(
    '/:id',
    {
      schema: {
        tags,
        summary: '编辑常见问题',
        params,
        body: CampusFaqInput,
        response: { 200: CampusFaq, ...errorResponses },
      },
    },
    async (request) =>
      updateCampusFaq(app.ctx, {
        member: requireCompanyMember(request),
        faqId: request.params.id,
        ...request.body,
      }),
  );
  app.delete(
    '/:id',
    { schema: { tags, summary: '删除常见问题', params, response: { 200: done, ...errorResponses } } },
    async (request) => {
      await deleteCampusFaq(app.ctx, { member: requireCompanyMember(request), faqId: request.params.id });
      return { ok: true as const };
    },
  );
});

/** A company's campus page (/api/public, no login). */
export const publicCompanyCampusRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/companies/:companyId/campus',
    {
      schema: {
        tags,
        summary: '单位校园招聘主页（单位介绍、常见问题、招聘简章）',
        params: z.object({ companyId: z.uuid('单位ID格式不正确') }),
        response: { 200: PublicCompanyCampus, ...errorResponses },
      },
    },
    async (request) => getCompanyCampus(app.ctx, { companyId: request.params.companyId }),
  );
};

import {
  CampusTalentPage,
  CampusTalentQuery,
  CreateInvitationInput,
  DownloadedResumePage,
  DownloadResult,
  DownloadResumeInput,
  EmployerInvitation,
  EmployerInvitationPage,
  EmployerInvitationQuery,
  SeekerInvitation,
  SeekerInvitationList,
  SeekerInvitationListQuery,
  TalentListQuery,
  TalentOptions,
  TalentRecommendationPage,
  TalentRecommendationQuery,
} from '@openrecruit/shared';
import { z } from 'zod';
import { requireCompanyMember, requireSeeker } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { answerInvitation } from './answer-invitation';
import { downloadResume } from './download-resume';
import { findCampusTalents } from './find-campus-talents';
import { findCompanyInvitations } from './find-company-invitations';
import { findDownloadedResumes } from './find-downloaded-resumes';
import { findSeekerInvitations } from './find-seeker-invitations';
import { findTalentRecommendations } from './find-talent-recommendations';
import { getTalentOptions } from './get-talent-options';
import { inviteTalent } from './invite-talent';

/** Seed 002 人才中心, /api/employer/talent: every query is scoped to the caller's company. */
export const employerTalentRoutes = authenticated('employer', async (app) => {
  const tags = ['人才中心 talent'];

  app.get(
    '/options',
    {
      schema: {
        tags,
        summary: '本单位招聘中的职位与平台高校（供筛选和邀约选择）',
        response: { 200: TalentOptions, ...errorResponses },
      },
    },
    async (request) => getTalentOptions(app.ctx, { member: requireCompanyMember(request) }),
  );
  app.get(
    '/recommendations',
    {
      schema: {
        tags,
        summary: '人才推荐：与本单位招聘中职位匹配的简历（分页，联系方式下载后可见）',
        querystring: TalentRecommendationQuery,
        response: { 200: TalentRecommendationPage, ...errorResponses },
      },
    },
    async (request) =>
      findTalentRecommendations(app.ctx, { member: requireCompanyMember(request), ...request.query }),
  );
  app.post(
    '/downloads',
    {
      schema: {
        tags,
        summary: '下载简历：获取联系方式并转存至简历管理（未处理），使用一次简历下载权益',
        body: DownloadResumeInput,
        response: { 200: DownloadResult, ...errorResponses },
      },
    },
    async (request) =>
      downloadResume(app.ctx, { member: requireCompanyMember(request), ...request.body, ip: request.ip }),
  );
  app.get(
    '/downloads',
    {
      schema: {
        tags,
        summary: '已下载的简历（分页，含联系方式）',
        querystring: TalentListQuery,
        response: { 200: DownloadedResumePage, ...errorResponses },
      },
    },
    async (request) =>
      findDownloadedResumes(app.ctx, {
        member: requireCompanyMember(request),
        page: request.query.page,
        ip: request.ip,
      }),
  );
  app.get(
    '/campus',
    {
      schema: {
        tags,
        summary: '高校人才：在校生与应届毕业生（可按高校筛选，分页）',
        querystring: CampusTalentQuery,
        response: { 200: CampusTalentPage, ...errorResponses },
      },
    },
    async (request) =>
      findCampusTalents(app.ctx, { member: requireCompanyMember(request), ...request.query }),
  );
  app.post(
    '/invitations',
    {
      schema: {
        tags,
        summary: '邀约高校人才应聘本单位的招聘中职位',
        body: CreateInvitationInput,
        response: { 200: EmployerInvitation, ...errorResponses },
      },
    },
    async (request) => inviteTalent(app.ctx, { member: requireCompanyMember(request), ...request.body }),
  );
  app.get(
    '/invitations',
    {
      schema: {
        tags,
        summary: '邀约记录（待确认、已同意、已拒绝，分页）',
        querystring: EmployerInvitationQuery,
        response: { 200: EmployerInvitationPage, ...errorResponses },
      },
    },
    async (request) =>
      findCompanyInvitations(app.ctx, { member: requireCompanyMember(request), ...request.query }),
  );
});

const invitationParams = z.object({ id: z.uuid('邀约ID格式不正确') });

/** The seeker's 我的邀约, /api/seeker/invitations: only the seeker's own; anyone else's is 404. */
export const seekerInvitationRoutes = authenticated('seeker', async (app) => {
  const tags = ['我的邀约 invitations'];

  app.get(
    '',
    {
      schema: {
        tags,
        summary: '我的邀约（分页，最新在前；含全部待确认数）',
        querystring: SeekerInvitationListQuery,
        response: { 200: SeekerInvitationList, ...errorResponses },
      },
    },
    async (request) => findSeekerInvitations(app.ctx, { ...request.query, seeker: requireSeeker(request) }),
  );
  for (const answer of ['accept', 'decline'] as const) {
    app.post(
      `/:id/${answer}`,
      {
        schema: {
          tags,
          summary: answer === 'accept' ? '接受邀约（生成应聘记录，不占用应聘名额）' : '拒绝邀约',
          params: invitationParams,
          response: { 200: SeekerInvitation, ...errorResponses },
        },
      },
      async (request) =>
        answerInvitation(app.ctx, {
          seeker: requireSeeker(request),
          invitationId: request.params.id,
          answer,
        }),
    );
  }
});

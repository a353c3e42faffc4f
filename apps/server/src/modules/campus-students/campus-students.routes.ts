import {
  CampusBrochurePage,
  CampusFairPage,
  CampusFeedQuery,
  CampusPresentationDetail,
  CampusPresentationPage,
  CheckInInput,
  CheckInResult,
  CheckinCode,
  CheckinPresentation,
  CheckinPresentationQuery,
  MyCampusSignup,
  MyCampusSignupPage,
  SeekerCampus,
  StaffSignupPage,
  StaffSignupQuery,
} from '@openrecruit/shared';
import { z } from 'zod';
import { requireSeeker, requireUniversityStaff } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { cancelCampusSignup } from './cancel-campus-signup';
import { checkInStudent } from './check-in-student';
import { findCampusBrochures } from './find-campus-brochures';
import { findCampusFairs } from './find-campus-fairs';
import { findCampusPresentations } from './find-campus-presentations';
import { findCheckinPresentations } from './find-checkin-presentations';
import { findMyCampusSignups } from './find-my-campus-signups';
import { findPresentationSignups } from './find-presentation-signups';
import { getCampusPresentation } from './get-campus-presentation';
import { getCheckinCode } from './get-checkin-code';
import { getSeekerCampus } from './get-seeker-campus';
import { signUpForPresentation } from './sign-up-for-presentation';

const tags = ['校园 campus students'];
const presentationParams = z.object({ id: z.uuid('宣讲会ID格式不正确') });
const signupParams = z.object({ id: z.uuid('报名ID格式不正确') });

/** The students' 校园 in the seeker app (/api/seeker/campus, issue 11 §8). */
export const seekerCampusRoutes = authenticated('seeker', async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '校园入口（是否在读学生及所在高校）',
        response: { 200: SeekerCampus, ...errorResponses },
      },
    },
    async (request) => getSeekerCampus(app.ctx, { seeker: requireSeeker(request) }),
  );
  app.get(
    '/feed/presentations',
    {
      schema: {
        tags,
        summary: '本校宣讲会（已审核、未结束，时间近的在前）',
        querystring: CampusFeedQuery,
        response: { 200: CampusPresentationPage, ...errorResponses },
      },
    },
    async (request) => findCampusPresentations(app.ctx, { ...request.query, seeker: requireSeeker(request) }),
  );
  app.get(
    '/feed/job-fairs',
    {
      schema: {
        tags,
        summary: '本校双选会（已发布、未结束）',
        querystring: CampusFeedQuery,
        response: { 200: CampusFairPage, ...errorResponses },
      },
    },
    async (request) => findCampusFairs(app.ctx, { ...request.query, seeker: requireSeeker(request) }),
  );
  app.get(
    '/feed/brochures',
    {
      schema: {
        tags,
        summary: '本校招聘简章（已审核）',
        querystring: CampusFeedQuery,
        response: { 200: CampusBrochurePage, ...errorResponses },
      },
    },
    async (request) => findCampusBrochures(app.ctx, { ...request.query, seeker: requireSeeker(request) }),
  );
  app.get(
    '/presentations/:id',
    {
      schema: {
        tags,
        summary: '宣讲会详情（已审核的宣讲会）',
        params: presentationParams,
        response: { 200: CampusPresentationDetail, ...errorResponses },
      },
    },
    async (request) =>
      getCampusPresentation(app.ctx, { seeker: requireSeeker(request), presentationId: request.params.id }),
  );
  app.post(
    '/presentations/:id/signup',
    {
      schema: {
        tags,
        summary: '报名宣讲会（仅该校在读学生，名额以场地容量为限）',
        params: presentationParams,
        response: { 200: MyCampusSignup, ...errorResponses },
      },
    },
    async (request) =>
      signUpForPresentation(app.ctx, { seeker: requireSeeker(request), presentationId: request.params.id }),
  );
  app.get(
    '/signups',
    {
      schema: {
        tags,
        summary: '我的报名（已报名/已签到/已取消/已结束）',
        querystring: CampusFeedQuery,
        response: { 200: MyCampusSignupPage, ...errorResponses },
      },
    },
    async (request) => findMyCampusSignups(app.ctx, { ...request.query, seeker: requireSeeker(request) }),
  );
  app.post(
    '/signups/:id/cancel',
    {
      schema: {
        tags,
        summary: '取消报名（宣讲会开始前）',
        params: signupParams,
        response: { 200: MyCampusSignup, ...errorResponses },
      },
    },
    async (request) =>
      cancelCampusSignup(app.ctx, { seeker: requireSeeker(request), signupId: request.params.id }),
  );
  app.get(
    '/signups/:id/checkin-code',
    {
      schema: {
        tags,
        summary: '签到码（二维码内容与文字）',
        params: signupParams,
        response: { 200: CheckinCode, ...errorResponses },
      },
    },
    async (request) =>
      getCheckinCode(app.ctx, { seeker: requireSeeker(request), signupId: request.params.id }),
  );
});

/** 签到 at the door (/api/university/check-ins, issue 11 §9): the university's staff. */
export const universityCheckinRoutes = authenticated('university', async (app) => {
  app.get(
    '/presentations',
    {
      schema: {
        tags,
        summary: '签到：某日（默认今天）的本校宣讲会及报名、签到人数',
        querystring: CheckinPresentationQuery,
        response: { 200: z.array(CheckinPresentation), ...errorResponses },
      },
    },
    async (request) =>
      findCheckinPresentations(app.ctx, { ...request.query, staff: requireUniversityStaff(request) }),
  );
  app.post(
    '',
    {
      schema: {
        tags,
        summary: '签到（扫描学生的签到二维码或输入签到码；重复签到返回首次签到时间）',
        body: CheckInInput,
        response: { 200: CheckInResult, ...errorResponses },
      },
    },
    async (request) => checkInStudent(app.ctx, { ...request.body, staff: requireUniversityStaff(request) }),
  );
  app.get(
    '/presentations/:id/signups',
    {
      schema: {
        tags,
        summary: '宣讲会的报名与签到名单（姓名脱敏）',
        params: presentationParams,
        querystring: StaffSignupQuery,
        response: { 200: StaffSignupPage, ...errorResponses },
      },
    },
    async (request) =>
      findPresentationSignups(app.ctx, {
        ...request.query,
        staff: requireUniversityStaff(request),
        presentationId: request.params.id,
      }),
  );
});

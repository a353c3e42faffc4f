import {
  ApplicationVideoEvaluationList,
  ApplyVideoInterviewInput,
  CreateVideoInvitationInput,
  DeviceTestInput,
  EmployerVideoInterview,
  EmployerVideoInterviewPage,
  EvaluateVideoInterviewInput,
  HallQuery,
  HallStudentPage,
  PageQuery,
  ReportMediumInput,
  ResumeCandidatePage,
  RoomCheckResult,
  SeekerFairCompany,
  SeekerVideoInterview,
  SeekerVideoInterviewPage,
  SeekerVideoInterviewQuery,
  SendVideoInterviewMessageInput,
  VideoFairProcess,
  VideoInterviewListQuery,
  VideoInterviewMessage,
  VideoInterviewMessagePage,
  VideoInterviewMessageQuery,
  VideoInterviewRoom,
} from '@openrecruit/shared';
import { z } from 'zod';
import { requireCompanyMember, requireFound, requireSeeker } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { answerVideoApplication } from './answer-video-application';
import { answerVideoInvitation } from './answer-video-invitation';
import { applyForVideoInterview } from './apply-for-video-interview';
import { callNextStudent } from './call-next-student';
import { requireHostedInterview } from './company-access';
import { concludeVideoInterview } from './conclude-video-interview';
import { evaluateVideoInterview } from './evaluate-video-interview';
import { findApplicationVideoEvaluations } from './find-application-video-evaluations';
import { findHallStudents } from './find-hall-students';
import { findResumeCandidates } from './find-resume-candidates';
import { findCompanyVideoInterviews, findSeekerVideoInterviews } from './find-video-interviews';
import { getInterviewRoom } from './get-interview-room';
import { getSeekerFairCompany } from './get-seeker-fair-company';
import { getVideoFairProcess } from './get-video-fair-process';
import { inviteToVideoInterview } from './invite-to-video-interview';
import { joinVideoInterview } from './join-video-interview';
import { leaveVideoQueue } from './leave-video-queue';
import { presentCompanyInterview, presentOwnInterview } from './present-video-interviews';
import { recordVideoPresence } from './record-video-presence';
import { reportVideoMedium } from './report-video-medium';
import { recordRoomCheck } from './room-checks';
import { findVideoInterviewMessages, sendVideoInterviewMessage } from './video-interview-messages';
import { findSeekerInterview } from './video-interviews.repository';

const tags = ['视频双选会面试 video interviews'];
const registrationParams = z.object({ registrationId: z.uuid('报名ID格式不正确') });
// A room is the registration's: a number it does not have (or not a number) is 404 like a foreign record.
const roomParams = registrationParams.extend({ room: z.string().max(40, '面试间编号不正确') });
const roomOf = (params: { registrationId: string; room: string }) => ({
  registrationId: params.registrationId,
  room: /^\d{1,3}$/.test(params.room) ? Number(params.room) : 0,
});
const interviewParams = registrationParams.extend({ interviewId: z.uuid('面试ID格式不正确') });
const ownParams = z.object({ interviewId: z.uuid('面试ID格式不正确') });
const fairCompanyParams = z.object({
  fairId: z.uuid('双选会ID格式不正确'),
  registrationId: z.uuid('报名ID格式不正确'),
});

/**
 * The company side, /api/employer/video-fair-registrations/:registrationId/…: only for the
 * company's approved registration (else 404). 开始面试, 跳过, 结束面试, 评价 and 文字沟通 are the room's
 * interviewer's (or the admin's); the hall, invitations and 待处理 any member's.
 */
export const employerVideoInterviewRoutes = authenticated('employer', async (app) => {
  app.get(
    '/:registrationId/hall',
    {
      schema: {
        tags,
        summary: '求职者大厅：报名本场双选会的学生（脱敏，可按专业、学历、求职意向、关键词筛选）',
        params: registrationParams,
        querystring: HallQuery,
        response: { 200: HallStudentPage, ...errorResponses },
      },
    },
    async (request) =>
      findHallStudents(app.ctx, {
        member: requireCompanyMember(request),
        ...request.params,
        ...request.query,
      }),
  );
  app.get(
    '/:registrationId/resume-candidates',
    {
      schema: {
        tags,
        summary: '从简历管理邀请：标记为合适或待定的简历',
        params: registrationParams,
        querystring: PageQuery,
        response: { 200: ResumeCandidatePage, ...errorResponses },
      },
    },
    async (request) =>
      findResumeCandidates(app.ctx, {
        member: requireCompanyMember(request),
        ...request.params,
        ...request.query,
      }),
  );
  app.post(
    '/:registrationId/invitations',
    {
      schema: {
        tags,
        summary: '邀请面试（求职者大厅 / 从人才大厅邀请 / 从简历管理邀请）',
        params: registrationParams,
        body: CreateVideoInvitationInput,
        response: { 200: EmployerVideoInterview, ...errorResponses },
      },
    },
    async (request) =>
      inviteToVideoInterview(app.ctx, {
        member: requireCompanyMember(request),
        ...request.params,
        ...request.body,
      }),
  );
  app.get(
    '/:registrationId/interviews',
    {
      schema: {
        tags,
        summary: '面试记录：state=applied 为待处理，state=queued&room=N 为该面试间的排队（按顺序）',
        params: registrationParams,
        querystring: VideoInterviewListQuery,
        response: { 200: EmployerVideoInterviewPage, ...errorResponses },
      },
    },
    async (request) =>
      findCompanyVideoInterviews(app.ctx, {
        member: requireCompanyMember(request),
        ...request.params,
        ...request.query,
      }),
  );
  app.get(
    '/:registrationId/interviews/:interviewId',
    {
      schema: {
        tags,
        summary: '一次面试（邀请、申请、排队、呼叫、评价）',
        params: interviewParams,
        response: { 200: EmployerVideoInterview, ...errorResponses },
      },
    },
    async (request) => {
      const member = requireCompanyMember(request);
      const view = await presentCompanyInterview(app.ctx.db, member.companyId, request.params.interviewId);
      return requireFound(view.registrationId === request.params.registrationId ? view : undefined);
    },
  );
  for (const answer of ['accept', 'refuse'] as const) {
    app.post(
      `/:registrationId/interviews/:interviewId/${answer}`,
      {
        schema: {
          tags,
          summary: answer === 'accept' ? '待处理：接受申请（进入面试间排队）' : '待处理：拒绝申请',
          params: interviewParams,
          response: { 200: EmployerVideoInterview, ...errorResponses },
        },
      },
      async (request) =>
        answerVideoApplication(app.ctx, { member: requireCompanyMember(request), ...request.params, answer }),
    );
  }
  for (const action of ['end', 'skip'] as const) {
    app.post(
      `/:registrationId/interviews/:interviewId/${action}`,
      {
        schema: {
          tags,
          summary: action === 'end' ? '结束面试' : '跳过：被呼叫的求职者未进入（未到场）',
          params: interviewParams,
          response: { 200: EmployerVideoInterview, ...errorResponses },
        },
      },
      async (request) =>
        concludeVideoInterview(app.ctx, { member: requireCompanyMember(request), ...request.params, action }),
    );
  }
  app.post(
    '/:registrationId/interviews/:interviewId/evaluation',
    {
      schema: {
        tags,
        summary: '面试评价：评分、标签、评语、下一步（归档到简历管理，来源双选会）',
        params: interviewParams,
        body: EvaluateVideoInterviewInput,
        response: { 200: EmployerVideoInterview, ...errorResponses },
      },
    },
    async (request) =>
      evaluateVideoInterview(app.ctx, {
        member: requireCompanyMember(request),
        ...request.params,
        ...request.body,
      }),
  );
  app.post(
    '/:registrationId/interviews/:interviewId/medium',
    {
      schema: {
        tags,
        summary: '实际使用的面试方式（视频、仅语音、文字）',
        params: interviewParams,
        body: ReportMediumInput,
        response: { 200: EmployerVideoInterview, ...errorResponses },
      },
    },
    async (request) => {
      const member = requireCompanyMember(request);
      const { registrationId, interviewId } = request.params;
      const row = await requireHostedInterview(app.ctx.db, member, registrationId, interviewId);
      await reportVideoMedium(app.ctx, row, request.body.medium);
      return presentCompanyInterview(app.ctx.db, member.companyId, interviewId);
    },
  );
  app.get(
    '/:registrationId/interviews/:interviewId/messages',
    {
      schema: {
        tags,
        summary: '文字沟通：消息（最早在前）',
        params: interviewParams,
        querystring: VideoInterviewMessageQuery,
        response: { 200: VideoInterviewMessagePage, ...errorResponses },
      },
    },
    async (request) => {
      const member = requireCompanyMember(request);
      const { registrationId, interviewId } = request.params;
      const interview = await requireHostedInterview(app.ctx.db, member, registrationId, interviewId);
      return findVideoInterviewMessages(app.ctx, {
        interview,
        party: { accountId: member.accountId, side: 'company' },
        ...request.query,
      });
    },
  );
  app.post(
    '/:registrationId/interviews/:interviewId/messages',
    {
      schema: {
        tags,
        summary: '文字沟通：发送消息（面试进行中，最多500字）',
        params: interviewParams,
        body: SendVideoInterviewMessageInput,
        response: { 200: VideoInterviewMessage, ...errorResponses },
      },
    },
    async (request) => {
      const member = requireCompanyMember(request);
      const { registrationId, interviewId } = request.params;
      const interview = await requireHostedInterview(app.ctx.db, member, registrationId, interviewId);
      return sendVideoInterviewMessage(app.ctx, {
        interview,
        party: { accountId: member.accountId, side: 'company' },
        body: request.body.body,
      });
    },
  );
  app.get(
    '/:registrationId/rooms/:room',
    {
      schema: {
        tags,
        summary: '面试间：当前面试、排队人数、待处理数、服务器时间',
        params: roomParams,
        response: { 200: VideoInterviewRoom, ...errorResponses },
      },
    },
    async (request) =>
      getInterviewRoom(app.ctx, { member: requireCompanyMember(request), ...roomOf(request.params) }),
  );
  app.post(
    '/:registrationId/rooms/:room/call',
    {
      schema: {
        tags,
        summary: '开始面试：呼叫下一位在线排队的求职者',
        params: roomParams,
        response: { 200: EmployerVideoInterview, ...errorResponses },
      },
    },
    async (request) =>
      callNextStudent(app.ctx, { member: requireCompanyMember(request), ...roomOf(request.params) }),
  );
  app.post(
    '/:registrationId/rooms/:room/entered',
    {
      schema: {
        tags,
        summary: '③ 进入面试间（记录）',
        params: roomParams,
        response: { 200: RoomCheckResult, ...errorResponses },
      },
    },
    async (request) =>
      recordRoomCheck(app.ctx, {
        member: requireCompanyMember(request),
        ...roomOf(request.params),
        check: { kind: 'entered' },
      }),
  );
  app.post(
    '/:registrationId/rooms/:room/device-test',
    {
      schema: {
        tags,
        summary: '④ 测试视频设备（摄像头、麦克风、扬声器、网络往返时间）',
        params: roomParams,
        body: DeviceTestInput,
        response: { 200: RoomCheckResult, ...errorResponses },
      },
    },
    async (request) =>
      recordRoomCheck(app.ctx, {
        member: requireCompanyMember(request),
        ...roomOf(request.params),
        check: { kind: 'deviceTest', ...request.body },
      }),
  );
  app.get(
    '/:registrationId/process',
    {
      schema: {
        tags,
        summary: '参与过程 ①–⑨：每一步已完成或下一步要做什么',
        params: registrationParams,
        response: { 200: VideoFairProcess, ...errorResponses },
      },
    },
    async (request) =>
      getVideoFairProcess(app.ctx, { member: requireCompanyMember(request), ...request.params }),
  );
});

/** 简历管理: /api/employer/applications/:id/video-fair-evaluations (`:id` like the module's other routes there). */
export const employerApplicationVideoEvaluationRoutes = authenticated('employer', async (app) => {
  app.get(
    '/:id/video-fair-evaluations',
    {
      schema: {
        tags,
        summary: '该简历的视频双选会面试评价',
        params: z.object({ id: z.uuid('简历ID格式不正确') }),
        response: { 200: ApplicationVideoEvaluationList, ...errorResponses },
      },
    },
    async (request) =>
      findApplicationVideoEvaluations(app.ctx, {
        member: requireCompanyMember(request),
        applicationId: request.params.id,
      }),
  );
});

/** The student's side, /api/seeker/video-interviews: only the student's own (anyone else's is 404). */
export const seekerVideoInterviewRoutes = authenticated('seeker', async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '我的视频面试：邀请、申请、排队、面试与结果（分页）',
        querystring: SeekerVideoInterviewQuery,
        response: { 200: SeekerVideoInterviewPage, ...errorResponses },
      },
    },
    async (request) =>
      findSeekerVideoInterviews(app.ctx, { seeker: requireSeeker(request), ...request.query }),
  );
  app.get(
    '/:interviewId',
    {
      schema: {
        tags,
        summary: '一次视频面试：排队位置、预计等待、呼叫状态与服务器时间',
        params: ownParams,
        response: { 200: SeekerVideoInterview, ...errorResponses },
      },
    },
    async (request) =>
      presentOwnInterview(app.ctx.db, requireSeeker(request).accountId, request.params.interviewId),
  );
  for (const answer of ['accept', 'decline'] as const) {
    app.post(
      `/:interviewId/${answer}`,
      {
        schema: {
          tags,
          summary: answer === 'accept' ? '接受面试邀请（进入面试间排队）' : '拒绝面试邀请',
          params: ownParams,
          response: { 200: SeekerVideoInterview, ...errorResponses },
        },
      },
      async (request) =>
        answerVideoInvitation(app.ctx, { seeker: requireSeeker(request), ...request.params, answer }),
    );
  }
  app.post(
    '/:interviewId/leave',
    {
      schema: {
        tags,
        summary: '离开排队（或撤回未处理的申请）',
        params: ownParams,
        response: { 200: SeekerVideoInterview, ...errorResponses },
      },
    },
    async (request) => leaveVideoQueue(app.ctx, { seeker: requireSeeker(request), ...request.params }),
  );
  app.post(
    '/:interviewId/heartbeat',
    {
      schema: {
        tags,
        summary: '在线心跳（排队和面试中每5秒一次）',
        params: ownParams,
        response: { 200: SeekerVideoInterview, ...errorResponses },
      },
    },
    async (request) => recordVideoPresence(app.ctx, { seeker: requireSeeker(request), ...request.params }),
  );
  app.post(
    '/:interviewId/join',
    {
      schema: {
        tags,
        summary: '进入面试（被呼叫后一分钟内）',
        params: ownParams,
        body: ReportMediumInput.partial().optional(),
        response: { 200: SeekerVideoInterview, ...errorResponses },
      },
    },
    async (request) =>
      joinVideoInterview(app.ctx, {
        seeker: requireSeeker(request),
        ...request.params,
        medium: request.body?.medium,
      }),
  );
  app.post(
    '/:interviewId/medium',
    {
      schema: {
        tags,
        summary: '实际使用的面试方式（视频、仅语音、文字）',
        params: ownParams,
        body: ReportMediumInput,
        response: { 200: SeekerVideoInterview, ...errorResponses },
      },
    },
    async (request) => {
      const seeker = requireSeeker(request);
      const row = requireFound(
        await findSeekerInterview(app.ctx.db, seeker.accountId, request.params.interviewId),
      );
      await reportVideoMedium(app.ctx, row, request.body.medium);
      return presentOwnInterview(app.ctx.db, seeker.accountId, row.id);
    },
  );
  app.get(
    '/:interviewId/messages',
    {
      schema: {
        tags,
        summary: '文字沟通：消息（最早在前）',
        params: ownParams,
        querystring: VideoInterviewMessageQuery,
        response: { 200: VideoInterviewMessagePage, ...errorResponses },
      },
    },
    async (request) => {
      const seeker = requireSeeker(request);
      const interview = requireFound(
        await findSeekerInterview(app.ctx.db, seeker.accountId, request.params.interviewId),
      );
      return findVideoInterviewMessages(app.ctx, {
        interview,
        party: { accountId: seeker.accountId, side: 'student' },
        ...request.query,
      });
    },
  );
  app.post(
    '/:interviewId/messages',
    {
      schema: {
        tags,
        summary: '文字沟通：发送消息（面试进行中，最多500字）',
        params: ownParams,
        body: SendVideoInterviewMessageInput,
        response: { 200: VideoInterviewMessage, ...errorResponses },
      },
    },
    async (request) => {
      const seeker = requireSeeker(request);
      const interview = requireFound(
        await findSeekerInterview(app.ctx.db, seeker.accountId, request.params.interviewId),
      );
      return sendVideoInterviewMessage(app.ctx, {
        interview,
        party: { accountId: seeker.accountId, side: 'student' },
        body: request.body.body,
      });
    },
  );
});

/** A company at a fair, for a student: /api/seeker/video-fairs/:fairId/companies/:registrationId. */
export const seekerVideoFairCompanyRoutes = authenticated('seeker', async (app) => {
  app.get(
    '/:fairId/companies/:registrationId',
    {
      schema: {
        tags,
        summary: '双选会上的单位：招聘需求、职位、面试间排队人数、我的申请状态',
        params: fairCompanyParams,
        response: { 200: SeekerFairCompany, ...errorResponses },
      },
    },
    async (request) => getSeekerFairCompany(app.ctx, { seeker: requireSeeker(request), ...request.params }),
  );
  app.post(
    '/:fairId/companies/:registrationId/apply',
    {
      schema: {
        tags,
        summary: '申请视频面试（进入该单位的待处理）',
        params: fairCompanyParams,
        body: ApplyVideoInterviewInput,
        response: { 200: SeekerVideoInterview, ...errorResponses },
      },
    },
    async (request) =>
      applyForVideoInterview(app.ctx, { seeker: requireSeeker(request), ...request.params, ...request.body }),
  );
});

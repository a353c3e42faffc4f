import {
  AddToInterviewFolderInput,
  AddToInterviewFolderResult,
  CalendarQuery,
  CreateInterviewSessionInput,
  EmployerCalendar,
  EmployerDashboard,
  EmployerTodo,
  EmployerTodoInput,
  EmployerTodoPage,
  EmployerTodoQuery,
  InterviewFolderPage,
  InterviewPageQuery,
  InterviewSessionDetail,
  InterviewSessionPage,
  NotifyInterviewSessionInput,
  NotifyInterviewSessionResult,
} from '@openrecruit/shared';
import { z } from 'zod';
import { requireCompanyMember } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { addToInterviewFolder } from './add-to-interview-folder';
import { createInterviewSession } from './create-interview-session';
import { createTodo } from './create-todo';
import { editTodo } from './edit-todo';
import { findInterviewFolder } from './find-interview-folder';
import { findInterviewSessions } from './find-interview-sessions';
import { findTodos } from './find-todos';
import { finishTodo } from './finish-todo';
import { getEmployerCalendar } from './get-employer-calendar';
import { getEmployerDashboard } from './get-employer-dashboard';
import { getInterviewSession } from './get-interview-session';
import { notifyInterviewSession } from './notify-interview-session';
import { removeFromInterviewFolder } from './remove-from-interview-folder';
import { removeTodo } from './remove-todo';

const Ok = z.object({ ok: z.literal(true) });
const sessionParams = z.object({ id: z.uuid('面试安排ID格式不正确') });
const todoParams = z.object({ id: z.uuid('待办事项ID格式不正确') });
const folderParams = z.object({ applicationId: z.uuid('应聘记录ID格式不正确') });

/**
 * Seed 002 首页: 面试安排 (面试夹, 新增面试, 一键通知), 校招日历/待办事项 and 工作台 (/api/employer).
 * Every record is the caller's company's: another company's is 404.
 */
export const employerInterviewRoutes = authenticated('employer', async (app) => {
  const tags = ['单位首页 employer home'];
  const ctx = app.ctx;

  app.get(
    '/interview-folder',
    {
      schema: {
        tags,
        summary: '面试夹（分页）',
        querystring: InterviewPageQuery,
        response: { 200: InterviewFolderPage, ...errorResponses },
      },
    },
    async (request) => findInterviewFolder(ctx, { member: requireCompanyMember(request), ...request.query }),
  );
  app.post(
    '/interview-folder',
    {
      schema: {
        tags,
        summary: '加入面试夹（重复加入只保留一次）',
        body: AddToInterviewFolderInput,
        response: { 200: AddToInterviewFolderResult, ...errorResponses },
      },
    },
    async (request) =>
      addToInterviewFolder(ctx, {
        member: requireCompanyMember(request),
        applicationIds: request.body.applicationIds,
      }),
  );
  app.delete(
    '/interview-folder/:applicationId',
    {
      schema: { tags, summary: '移出面试夹', params: folderParams, response: { 200: Ok, ...errorResponses } },
    },
    async (request) =>
      removeFromInterviewFolder(ctx, {
        member: requireCompanyMember(request),
        applicationId: request.params.applicationId,
      }),
  );

  app.get(
    '/interview-sessions',
    {
      schema: {
        tags,
        summary: '面试安排列表（未结束的在前）',
        querystring: InterviewPageQuery,
        response: { 200: InterviewSessionPage, ...errorResponses },
      },
    },
    async (request) =>
      findInterviewSessions(ctx, { member: requireCompanyMember(request), ...request.query }),
  );
  app.post(
    '/interview-sessions',
    {
      schema: {
        tags,
        summary: '新增面试（线下面试 / 学校远程面试，从面试夹导入学生）',
        body: CreateInterviewSessionInput,
        response: { 200: InterviewSessionDetail, ...errorResponses },
      },
    },
    async (request) =>
      createInterviewSession(ctx, { member: requireCompanyMember(request), input: request.body }),
  );
  app.get(
    '/interview-sessions/:id',
    {
      schema: {
        tags,
        summary: '面试安排详情（每位学生的通知结果与答复）',
        params: sessionParams,
        response: { 200: InterviewSessionDetail, ...errorResponses },
      },
    },
    async (request) =>
      getInterviewSession(ctx, { member: requireCompanyMember(request), sessionId: request.params.id }),
  );
  app.post(
    '/interview-sessions/:id/notify',
    {
      schema: {
        tags,
        summary: '一键通知（每批最多20人，已通知的不会重复通知）',
        params: sessionParams,
        body: NotifyInterviewSessionInput,
        response: { 200: NotifyInterviewSessionResult, ...errorResponses },
      },
    },
    async (request) =>
      notifyInterviewSession(ctx, {
        member: requireCompanyMember(request),
        sessionId: request.params.id,
        applicationIds: request.body.applicationIds,
      }),
  );

  app.get(
    '/calendar',
    {
      schema: {
        tags,
        summary: '校招日历（待办事项与面试安排，按上海日期）',
        querystring: CalendarQuery,
        response: { 200: EmployerCalendar, ...errorResponses },
      },
    },
    async (request) => getEmployerCalendar(ctx, { member: requireCompanyMember(request), ...request.query }),
  );
  app.get(
    '/todos',
    {
      schema: {
        tags,
        summary: '待办事项（按提醒类型筛选）',
        querystring: EmployerTodoQuery,
        response: { 200: EmployerTodoPage, ...errorResponses },
      },
    },
    async (request) => findTodos(ctx, { member: requireCompanyMember(request), query: request.query }),
  );
  app.post(
    '/todos',
    {
      schema: {
        tags,
        summary: '新增招聘活动',
        body: EmployerTodoInput,
        response: { 200: EmployerTodo, ...errorResponses },
      },
    },
    async (request) => createTodo(ctx, { member: requireCompanyMember(request), input: request.body }),
  );
  app.put(
    '/todos/:id',
    {
      schema: {
        tags,
        summary: '修改招聘活动（宣讲会、双选会由校园招聘同步）',
        params: todoParams,
        body: EmployerTodoInput,
        response: { 200: EmployerTodo, ...errorResponses },
      },
    },
    async (request) =>
      editTodo(ctx, {
        member: requireCompanyMember(request),
        todoId: request.params.id,
        input: request.body,
      }),
  );
  app.delete(
    '/todos/:id',
    {
      schema: { tags, summary: '删除招聘活动', params: todoParams, response: { 200: Ok, ...errorResponses } },
    },
    async (request) => removeTodo(ctx, { member: requireCompanyMember(request), todoId: request.params.id }),
  );
  app.post(
    '/todos/:id/complete',
    {
      schema: {
        tags,
        summary: '完成待办事项',
        params: todoParams,
        response: { 200: EmployerTodo, ...errorResponses },
      },
    },
    async (request) => finishTodo(ctx, { member: requireCompanyMember(request), todoId: request.params.id }),
  );

  app.get(
    '/dashboard',
    {
      schema: {
        tags,
        summary: '工作台：待查看简历、今日面试、招聘中职位、待确认邀约与近30天投递',
        response: { 200: EmployerDashboard, ...errorResponses },
      },
    },
    async (request) => getEmployerDashboard(ctx, { member: requireCompanyMember(request) }),
  );
});

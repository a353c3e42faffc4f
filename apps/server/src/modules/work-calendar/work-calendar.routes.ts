import { WorkCalendarOverridesInput, WorkCalendarOverview } from '@openrecruit/shared';
import { requireOperator } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { findWorkCalendarOverview } from './find-work-calendar-overview';
import { setWorkCalendarOverrides } from './set-work-calendar-overrides';

const tags = ['工作日历 work calendar'];

/** 工作日历 (/api/ops/work-calendar): the operators' overrides of the official working days. */
export const opsWorkCalendarRoutes = authenticated('ops', async (app) => {
  app.get(
    '/overrides',
    {
      schema: {
        tags,
        summary: '工作日历：运营设置的调整日期，及今明两年是否已有官方节假日数据',
        response: { 200: WorkCalendarOverview, ...errorResponses },
      },
    },
    async (request) => findWorkCalendarOverview(app.ctx, { operator: requireOperator(request) }),
  );

  app.put(
    '/overrides',
    {
      schema: {
        tags,
        summary: '保存工作日历的调整日期（整表替换）',
        body: WorkCalendarOverridesInput,
        response: { 200: WorkCalendarOverview, ...errorResponses },
      },
    },
    async (request) =>
      setWorkCalendarOverrides(app.ctx, {
        operator: requireOperator(request),
        overrides: request.body.overrides,
      }),
  );
});

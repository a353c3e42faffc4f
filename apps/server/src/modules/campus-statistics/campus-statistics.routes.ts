import {
  CampusExportParams,
  CampusExportQuery,
  StatisticsQuery,
  UniversityStatistics,
} from '@openrecruit/shared';
import { z } from 'zod';
import { requireUniversityStaff } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { exportCampusList } from './export-campus-list';
import { getUniversityStatistics } from './get-university-statistics';

const tags = ['数据统计 campus statistics'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 数据统计 and 导出Excel of the university's campus recruiting (/api/university, issue 11 §9). */
export const universityStatisticsRoutes = authenticated('university', async (app) => {
  app.get(
    '/statistics',
    {
      schema: {
        tags,
        summary: '数据统计（按月：入驻单位、宣讲会、双选会、报名、签到、岗位；最多24个月）',
        querystring: StatisticsQuery,
        response: { 200: UniversityStatistics, ...errorResponses },
      },
    },
    async (request) =>
      getUniversityStatistics(app.ctx, { ...request.query, staff: requireUniversityStaff(request) }),
  );
  app.get(
    '/exports/:file',
    {
      schema: {
        tags,
        summary:
          '导出Excel（entries/presentations/job-fairs/brochures/statistics.xlsx；job-fair-registrations.xlsx 需 fairId，signups.xlsx 需 presentationId）',
        params: CampusExportParams,
        querystring: CampusExportQuery,
        produces: [XLSX],
        response: { 200: z.any().describe(XLSX), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await exportCampusList(app.ctx, {
        staff: requireUniversityStaff(request),
        file: request.params.file,
        query: request.query,
        ip: request.ip,
      });
      // The ASCII name is for old clients; filename* carries the Chinese one (RFC 6266).
      return reply
        .header('content-type', XLSX)
        .header(
          'content-disposition',
          `attachment; filename="${request.params.file}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        )
        .header('cache-control', 'no-store')
        .send(file.stream);
    },
  );
});

import { UniversityEntry, UniversityEntryListQuery, UniversityEntryPage } from '@openrecruit/shared';
import { z } from 'zod';
import { requireCompanyMember } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { findUniversityEntries } from './find-university-entries';
import { requestUniversityEntry } from './request-university-entry';

const tags = ['入驻高校 university entries'];

/** 校园招聘 > 入驻高校 (/api/employer/university-entries): the company's side of the entry reviews. */
export const employerUniversityEntryRoutes = authenticated('employer', async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '入驻高校列表（每所高校及本单位的入驻状态）',
        querystring: UniversityEntryListQuery,
        response: { 200: UniversityEntryPage, ...errorResponses },
      },
    },
    async (request) =>
      findUniversityEntries(app.ctx, { member: requireCompanyMember(request), ...request.query }),
  );

  app.post(
    '/:universityId',
    {
      schema: {
        tags,
        summary: '申请入驻高校（入驻 / 重新申请）',
        params: z.object({ universityId: z.uuid('高校ID格式不正确') }),
        response: { 200: UniversityEntry, ...errorResponses },
      },
    },
    async (request) =>
      requestUniversityEntry(app.ctx, {
        member: requireCompanyMember(request),
        universityId: request.params.universityId,
      }),
  );
});

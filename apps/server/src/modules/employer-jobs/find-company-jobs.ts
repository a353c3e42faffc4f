import type { EmployerJobList, EmployerJobListQuery } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import { shanghaiDate } from '../../lib/shanghai-time';
import type { CompanyMember } from '../../plugins/access';
import {
  countCompanyJobs,
  findCompany,
  findCompanyJobPage,
  findPinsOfJobs,
  type PinRow,
} from './employer-jobs.repository';
import { publishingPermissionOf } from './job-policy';
import { mapEmployerJobRow } from './map-employer-job';

export interface FindCompanyJobsOptions extends z.output<typeof EmployerJobListQuery> {
  member: CompanyMember;
}

/** Seed 002 职位管理: one tab (招聘中 / 已下架) of the company's jobs, a numbered page at a time. */
export async function findCompanyJobs(
  ctx: AppContext,
  options: FindCompanyJobsOptions,
): Promise<EmployerJobList> {
  const { member, tab, page, pageSize } = options;
  const keyword = options.keyword || undefined;
  const today = shanghaiDate();
  const [company, counts, rows] = await Promise.all([
    findCompany(ctx.db, member.companyId),
    countCompanyJobs(ctx.db, member.companyId, keyword),
    findCompanyJobPage(ctx.db, {
      companyId: member.companyId,
      state: tab,
      keyword,
      ...pageWindow({ page, pageSize }),
    }),
  ]);
  const pins = await findPinsOfJobs(
    ctx.db,
    rows.map((row) => row.job.id),
    today,
  );
  const pinsOf = new Map<string, PinRow[]>();
  for (const pin of pins) pinsOf.set(pin.jobId, [...(pinsOf.get(pin.jobId) ?? []), pin]);
  return {
    ...pageOf(
      { page, pageSize },
      rows.map((row) =>
        mapEmployerJobRow(row.job, {
          applicationCount: row.applicationCount,
          pins: pinsOf.get(row.job.id) ?? [],
          today,
        }),
      ),
      counts[tab],
    ),
    counts,
    publishing: publishingPermissionOf(company?.verificationState ?? 'pending'),
  };
}

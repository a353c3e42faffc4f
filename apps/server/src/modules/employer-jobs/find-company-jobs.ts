import type { EmployerJobList, EmployerJobListQuery } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { shanghaiDate } from '../../lib/shanghai-time';
import type { CompanyStaff } from '../employer-applications/company-staff';
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
  staff: CompanyStaff;
}

/** Seed 002 职位管理: one tab (招聘中 / 已下架) of the company's jobs, a numbered page at a time. */
export async function findCompanyJobs(
  ctx: AppContext,
  options: FindCompanyJobsOptions,
): Promise<EmployerJobList> {
  const { staff, tab, page, pageSize } = options;
  const keyword = options.keyword || undefined;
  const today = shanghaiDate();
  const [company, counts, rows] = await Promise.all([
    findCompany(ctx.db, staff.companyId),
    countCompanyJobs(ctx.db, staff.companyId, keyword),
    findCompanyJobPage(ctx.db, {
      companyId: staff.companyId,
      state: tab,
      keyword,
      offset: (page - 1) * pageSize,
      limit: pageSize,
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
    items: rows.map((row) =>
      mapEmployerJobRow(row.job, {
        applicationCount: row.applicationCount,
        pins: pinsOf.get(row.job.id) ?? [],
        today,
      }),
    ),
    page,
    pageSize,
    total: counts[tab],
    counts,
    publishing: publishingPermissionOf(company?.verificationState ?? 'pending'),
  };
}

import type { EmployerJobFair } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { withCompanyView } from './employer-fair-view';
import { findJobFair } from './job-fairs.repository';

export interface GetEmployerJobFairOptions {
  member: CompanyMember;
  fairId: string;
}

/** One fair for the company (a cancelled one too: the company may have registered for it). */
export async function getEmployerJobFair(
  ctx: AppContext,
  options: GetEmployerJobFairOptions,
): Promise<EmployerJobFair> {
  const fair = requireFound(await findJobFair(ctx.db, options.fairId), '双选会不存在');
  const [item] = await withCompanyView(ctx, options.member, [fair]);
  return item!;
}

import type { JobFairRegistration } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { findRegistration, findRegistrationWithCompany } from './job-fairs.repository';
import { loadRegistrations } from './load-registrations';

export interface GetEmployerRegistrationOptions {
  member: CompanyMember;
  registrationId: string;
}

/** One of the company's registrations (another company's: 404). */
export async function getEmployerRegistration(
  ctx: AppContext,
  options: GetEmployerRegistrationOptions,
): Promise<JobFairRegistration> {
  requireFound(
    await findRegistration(ctx.db, options.registrationId, { companyId: options.member.companyId }),
    '报名不存在',
  );
  const view = requireFound(await findRegistrationWithCompany(ctx.db, options.registrationId), '报名不存在');
  const [mapped] = await loadRegistrations(ctx.db, [view], new Date());
  return mapped!;
}

import type { ApplicationRecord } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { notifyCompany, notifySeeker } from './application-events';
import { advanceApplication } from './application-state';
import { lockApplication, updateApplicationState } from './applications.repository';
import { getApplicationRecord } from './get-application-record';

export interface WithdrawApplicationOptions {
  seekerAccountId: string;
  applicationId: string;
}

/**
 * Seed 000 §五.2-3 撤销: the record moves to 历史应聘记录 and frees a place. A void (作废) record is
 * withdrawn the same way (§六.5). The employer may still reply to it (§六.1).
 */
export async function withdrawApplication(
  ctx: AppContext,
  options: WithdrawApplicationOptions,
): Promise<ApplicationRecord> {
  const { seekerAccountId, applicationId } = options;
  const companyId = await ctx.db.transaction(async (tx) => {
    const application = await lockApplication(tx, applicationId, { seekerAccountId });
    if (!application) throw new AppError('NOT_FOUND');
    const state = advanceApplication(application.state, 'withdraw');
    await updateApplicationState(tx, applicationId, { state, withdrawnAt: new Date() });
    return application.companyId;
  });
  await notifySeeker(ctx, seekerAccountId, { type: 'applications.changed' }, applicationId);
  await notifyCompany(ctx, companyId, 'application.withdrawn', applicationId);
  return getApplicationRecord(ctx.db, { seekerAccountId, applicationId });
}

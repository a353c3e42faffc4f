import { type ApplicationRecord, live } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import type { SeekerCaller } from '../../plugins/access';
import { lockOwnedApplication, moveApplication } from './application-thread';
import { getApplicationRecord } from './get-application-record';

export interface WithdrawApplicationOptions {
  seeker: SeekerCaller;
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
  const { seeker, applicationId } = options;
  const seekerAccountId = seeker.accountId;
  const companyId = await ctx.db.transaction(async (tx) => {
    const application = await lockOwnedApplication(tx, { seekerAccountId }, applicationId);
    await moveApplication(tx, application, 'withdraw', { withdrawnAt: new Date() });
    return application.companyId;
  });
  await publishAfterCommit(
    ctx,
    live.seeker(seekerAccountId, { type: 'applications.changed', data: { applicationId } }),
    live.company(companyId, { type: 'application.withdrawn', data: { applicationId } }),
  );
  return getApplicationRecord(ctx.db, { seekerAccountId, applicationId });
}

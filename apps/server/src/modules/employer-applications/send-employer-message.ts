import type { Message } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { notifyCompany, notifySeeker } from '../applications/application-events';
import { findRecord, insertMessage } from '../applications/applications.repository';
import { mapMessage } from '../applications/map-application';
import type { CompanyStaff } from './company-staff';

export interface SendEmployerMessageOptions {
  staff: CompanyStaff;
  applicationId: string;
  body: string;
}

/** HR replies to an applicant; a withdrawn (history) record still receives it (seed 000 §六.1). */
export async function sendEmployerMessage(
  ctx: AppContext,
  options: SendEmployerMessageOptions,
): Promise<Message> {
  const { staff, applicationId } = options;
  const { message, seekerAccountId } = await ctx.db.transaction(async (tx) => {
    const record = await findRecord(tx, applicationId, { companyId: staff.companyId });
    if (!record) throw new AppError('NOT_FOUND');
    const message = await insertMessage(tx, {
      applicationId,
      sender: 'employer',
      senderAccountId: staff.accountId,
      kind: 'text',
      body: options.body,
    });
    return { message, seekerAccountId: record.application.seekerAccountId };
  });
  await notifySeeker(ctx, seekerAccountId, { type: 'message', kind: 'text' }, applicationId);
  await notifyCompany(ctx, staff.companyId, 'applications.changed', applicationId);
  return mapMessage(message);
}

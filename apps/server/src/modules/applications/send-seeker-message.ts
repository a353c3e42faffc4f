import type { Message } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { notifyCompany, notifySeeker } from './application-events';
import { findRecord, insertMessage } from './applications.repository';
import { mapMessage } from './map-application';

export interface SendSeekerMessageOptions {
  seekerAccountId: string;
  applicationId: string;
  body: string;
}

/** Seed 000 §六.2: the seeker writes back in the 通知 dialog, on current and history records alike. */
export async function sendSeekerMessage(
  ctx: AppContext,
  options: SendSeekerMessageOptions,
): Promise<Message> {
  const { seekerAccountId, applicationId } = options;
  const { message, companyId } = await ctx.db.transaction(async (tx) => {
    const record = await findRecord(tx, applicationId, { seekerAccountId });
    if (!record) throw new AppError('NOT_FOUND');
    const message = await insertMessage(tx, {
      applicationId,
      sender: 'seeker',
      senderAccountId: seekerAccountId,
      kind: 'text',
      body: options.body,
    });
    return { message, companyId: record.application.companyId };
  });
  await notifySeeker(ctx, seekerAccountId, { type: 'applications.changed' }, applicationId);
  await notifyCompany(ctx, companyId, 'application.message', applicationId);
  return mapMessage(message);
}

import type { Message } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { notifySeeker } from './application-events';
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
  const message = await ctx.db.transaction(async (tx) => {
    if (!(await findRecord(tx, applicationId, { seekerAccountId }))) throw new AppError('NOT_FOUND');
    return insertMessage(tx, {
      applicationId,
      sender: 'seeker',
      senderAccountId: seekerAccountId,
      kind: 'text',
      body: options.body,
    });
  });
  await notifySeeker(ctx, seekerAccountId, { type: 'applications.changed' }, applicationId);
  return mapMessage(message);
}

import { live, type Message } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import type { SeekerCaller } from '../../plugins/access';
import { getOwnedRecord, postMessage } from './application-thread';
import { mapMessage } from './map-application';

export interface SendSeekerMessageOptions {
  seeker: SeekerCaller;
  applicationId: string;
  body: string;
}

/** Seed 000 §六.2: the seeker writes back in the 通知 dialog, on current and history records alike. */
export async function sendSeekerMessage(
  ctx: AppContext,
  options: SendSeekerMessageOptions,
): Promise<Message> {
  const { applicationId } = options;
  const seekerAccountId = options.seeker.accountId;
  const { message, companyId } = await ctx.db.transaction(async (tx) => {
    const record = await getOwnedRecord(tx, { seekerAccountId }, applicationId);
    const message = await postMessage(tx, {
      applicationId,
      sender: 'seeker',
      senderAccountId: seekerAccountId,
      kind: 'text',
      body: options.body,
    });
    return { message, companyId: record.application.companyId };
  });
  await publishAfterCommit(
    ctx,
    live.seeker(seekerAccountId, { type: 'applications.changed', data: { applicationId } }),
    live.company(companyId, { type: 'application.message', data: { applicationId } }),
  );
  return mapMessage(message);
}

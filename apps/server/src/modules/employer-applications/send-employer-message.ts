import { live, type Message } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import type { CompanyMember } from '../../plugins/access';
import { getOwnedRecord, postMessage } from '../applications/application-thread';
import { mapMessage } from '../applications/map-application';

export interface SendEmployerMessageOptions {
  member: CompanyMember;
  applicationId: string;
  body: string;
}

/** HR replies to an applicant; a withdrawn (history) record still receives it (seed 000 §六.1). */
export async function sendEmployerMessage(
  ctx: AppContext,
  options: SendEmployerMessageOptions,
): Promise<Message> {
  const { member, applicationId } = options;
  const { message, seekerAccountId } = await ctx.db.transaction(async (tx) => {
    const record = await getOwnedRecord(tx, { companyId: member.companyId }, applicationId);
    const message = await postMessage(tx, {
      applicationId,
      sender: 'employer',
      senderAccountId: member.accountId,
      kind: 'text',
      body: options.body,
    });
    return { message, seekerAccountId: record.application.seekerAccountId };
  });
  await publishAfterCommit(
    ctx,
    live.seeker(seekerAccountId, { type: 'message', data: { applicationId, kind: 'text' } }),
    live.company(member.companyId, { type: 'applications.changed', data: { applicationId } }),
  );
  return mapMessage(message);
}

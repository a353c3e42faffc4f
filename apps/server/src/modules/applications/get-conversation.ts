import type { Conversation } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { SeekerCaller } from '../../plugins/access';
import { seekerFacingNames } from '../account-settings/account-profile';
import { findMessages, markSeenBySeeker } from './applications.repository';
import { getApplicationRecord } from './get-application-record';
import { mapMessage } from './map-application';

export interface GetConversationOptions {
  seeker: SeekerCaller;
  applicationId: string;
}

/**
 * Seed 000 §六.2 查看回复: the 通知 dialog of one application, current or history. Opening it is
 * reading it: the unread replies and 面试通知NEW are cleared.
 */
export async function getConversation(
  ctx: AppContext,
  options: GetConversationOptions,
): Promise<z.infer<typeof Conversation>> {
  const application = await getApplicationRecord(ctx.db, {
    seekerAccountId: options.seeker.accountId,
    applicationId: options.applicationId,
  });
  if (application.unreadReplies > 0 || application.hasNewInterviewNotice) {
    await markSeenBySeeker(ctx.db, application.id);
  }
  const messages = await findMessages(ctx.db, application.id);
  const names = await seekerFacingNames(
    ctx.db,
    messages.flatMap((m) => (m.sender === 'employer' && m.senderAccountId ? [m.senderAccountId] : [])),
  );
  return {
    application: { ...application, unreadReplies: 0, hasNewInterviewNotice: false },
    messages: messages.map((m) => ({
      ...mapMessage(m),
      senderName:
        m.sender === 'employer' && m.senderAccountId ? (names.get(m.senderAccountId) ?? null) : null,
    })),
  };
}

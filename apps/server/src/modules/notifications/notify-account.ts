import { live } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import type { Notice } from '../../providers/notifications/notification-channel';

/**
 * Tells one person something: every notification channel delivers it (the in-app channel stores a
 * notifications row), then a live `notification` event goes out on the person's topic. A channel
 * failing is logged, never thrown: the decision that caused the notice has already been made.
 * Call after the transaction that made the decision has committed.
 */
export async function notifyAccount(ctx: AppContext, notice: Notice, sms?: { mobile: string | null }) {
  for (const channel of ctx.providers.notificationChannels) {
    try {
      await channel.deliver(notice);
    } catch (error) {
      ctx.log.error({ err: error, channel: channel.name }, 'notification channel failed');
    }
  }
  if (sms?.mobile) {
    try {
      await ctx.providers.sms.send({
        mobile: sms.mobile,
        text: `【开放招聘】${notice.title}：${notice.body}`,
        templateParams: { title: notice.title },
      });
    } catch (error) {
      ctx.log.error({ err: error }, 'notification SMS failed');
    }
  }
  await publishAfterCommit(ctx, live.notification(notice.accountId));
}

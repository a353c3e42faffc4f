import { live } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { notifyAccount } from '../notifications/notify-account';
import { findActiveSignups } from './campus-students.repository';

export interface NotifyPresentationSignupsOptions {
  presentationId: string;
  /** 'cancelled': the company called it off; 'moved': the university gave it another room or time. */
  change: 'cancelled' | 'moved';
  /** The notice's text: what happened, with the new room and time for a move. */
  body: string;
}

/**
 * Tells every student signed up for a presentation that it was cancelled or moved (in-app and
 * their bound channel), after the commit that changed it; their 我的报名 and 签到码 pages refetch.
 * A cancelled presentation's sign-ups read 已取消 from then on (the sign-up rows stay as they were).
 */
export async function notifyPresentationSignups(ctx: AppContext, options: NotifyPresentationSignupsOptions) {
  const signups = await findActiveSignups(ctx.db, options.presentationId);
  for (const signup of signups) {
    await notifyAccount(ctx, {
      accountId: signup.seekerAccountId,
      kind: options.change === 'cancelled' ? 'presentation_cancelled' : 'presentation_rescheduled',
      title: options.change === 'cancelled' ? '宣讲会已取消' : '宣讲会时间/场地已调整',
      body: options.body,
      link: `/m/campus/signups/${signup.id}`,
      data: { presentationId: options.presentationId, signupId: signup.id },
    });
    await publishAfterCommit(
      ctx,
      live.seeker(signup.seekerAccountId, { type: 'campus-signups.changed', data: { signupId: signup.id } }),
    );
  }
}

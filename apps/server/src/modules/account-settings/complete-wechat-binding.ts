import { live } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { notifyAccount } from '../notifications/notify-account';
import { consumeWechatTicket, upsertWechatBinding } from './account-settings.repository';

export interface CompleteWechatBindingOptions {
  ticket: string;
  openId: string;
  /** The sandbox's 模拟扫码 completes the caller's own ticket only. */
  accountId?: string;
}

/**
 * The scan came back (the official account's push callback, or the sandbox's 模拟扫码): the live
 * ticket is used up and the openid bound. An unknown or expired ticket binds nothing. The person's
 * open 账号绑定 page hears `bindings.changed` and refetches.
 */
export async function completeWechatBinding(
  ctx: AppContext,
  options: CompleteWechatBindingOptions,
): Promise<{ accountId: string } | null> {
  const bound = await ctx.db.transaction(async (tx) => {
    const used = await consumeWechatTicket(tx, options.ticket, options.accountId);
    if (!used) return null;
    await upsertWechatBinding(tx, used.accountId, options.openId);
    return { accountId: used.accountId };
  });
  if (bound) {
    await publishAfterCommit(
      ctx,
      live.employerAccount(bound.accountId, { type: 'bindings.changed', data: {} }),
    );
    await notifyAccount(ctx, {
      accountId: bound.accountId,
      kind: 'binding_changed',
      title: '微信绑定成功',
      body: '您的账号已绑定微信公众号，审核结果等通知将同时发送到微信。',
    });
  }
  return bound;
}

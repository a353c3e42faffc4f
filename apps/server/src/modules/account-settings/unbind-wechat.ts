import { live, type NotificationBindings } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import type { CompanyMember } from '../../plugins/access';
import { deleteWechatBinding } from './account-settings.repository';
import { getNotificationBindings } from './get-notification-bindings';

export interface UnbindWechatOptions {
  member: CompanyMember;
}

/** 解绑微信: the person's other open 账号绑定 pages hear `bindings.changed`. Unbinding twice is harmless. */
export async function unbindWechat(
  ctx: AppContext,
  options: UnbindWechatOptions,
): Promise<NotificationBindings> {
  const { accountId } = options.member;
  if (await deleteWechatBinding(ctx.db, accountId)) {
    await publishAfterCommit(ctx, live.employerAccount(accountId, { type: 'bindings.changed', data: {} }));
  }
  return getNotificationBindings(ctx, { member: options.member });
}

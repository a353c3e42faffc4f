import type { NotificationBindings } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { CompanyMember } from '../../plugins/access';
import { findWechatBinding } from './account-settings.repository';

export interface GetNotificationBindingsOptions {
  member: CompanyMember;
}

/** 模拟扫码 exists only with the WeChat sandbox and the development tools. */
export const sandboxScanAvailable = (ctx: AppContext) =>
  ctx.providers.wechat.sandbox && ctx.devTools !== null;

/** 账号绑定 (seed 002): 站内消息 is always on; 微信公众号 is bound by scanning a QR code. */
export async function getNotificationBindings(
  ctx: AppContext,
  options: GetNotificationBindingsOptions,
): Promise<NotificationBindings> {
  const wechat = await findWechatBinding(ctx.db, options.member.accountId);
  return {
    channels: [
      {
        channel: 'in_app',
        label: '站内消息',
        bound: true,
        removable: false,
        displayName: null,
        boundAt: null,
      },
      {
        channel: 'wechat',
        label: '微信公众号',
        bound: Boolean(wechat),
        removable: Boolean(wechat),
        displayName: wechat ? wechat.displayName || '已绑定的微信' : null,
        boundAt: wechat?.boundAt.toISOString() ?? null,
      },
    ],
    wechatSandbox: ctx.providers.wechat.sandbox,
    sandboxScanAvailable: sandboxScanAvailable(ctx),
  };
}

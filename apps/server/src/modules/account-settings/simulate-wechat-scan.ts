import type { NotificationBindings } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { type CompanyMember, notFound } from '../../plugins/access';
import { completeWechatBinding } from './complete-wechat-binding';
import { getNotificationBindings, sandboxScanAvailable } from './get-notification-bindings';

export interface SimulateWechatScanOptions {
  member: CompanyMember;
  ticket: string;
}

/** The sandbox's 模拟扫码 (development only): completes the caller's own ticket with a made-up openid. */
export async function simulateWechatScan(
  ctx: AppContext,
  options: SimulateWechatScanOptions,
): Promise<NotificationBindings> {
  const { accountId } = options.member;
  if (!sandboxScanAvailable(ctx)) throw notFound();
  const bound = await completeWechatBinding(ctx, {
    ticket: options.ticket,
    openId: `sandbox-${accountId.slice(0, 8)}`,
    accountId,
  });
  if (!bound) throw new AppError('INVALID_STATE', '二维码已过期，请刷新二维码后重试');
  return getNotificationBindings(ctx, { member: options.member });
}

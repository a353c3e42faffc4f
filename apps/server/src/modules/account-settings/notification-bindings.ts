import type { NotificationBindings, WechatBindingTicket } from '@openrecruit/shared';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { notificationBindings, notificationBindingTickets } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { enforceRateLimit } from '../../lib/rate-limit';
import { newSecretToken } from '../../lib/tokens';
import type { AccountRow } from '../identity/accounts.repository';
import { accountTopic, notifyAccount } from '../notifications/notify-account';

const TICKET_LIFETIME_SECONDS = 10 * 60;

const sandboxScanAvailable = (ctx: AppContext) => ctx.providers.wechat.sandbox && ctx.devTools !== null;

/** 账号绑定 (seed 002): 站内消息 is always on; 微信公众号 is bound by scanning a QR code. */
export async function listNotificationBindings(
  ctx: AppContext,
  account: AccountRow,
): Promise<NotificationBindings> {
  const [wechat] = await ctx.db
    .select()
    .from(notificationBindings)
    .where(and(eq(notificationBindings.accountId, account.id), eq(notificationBindings.channel, 'wechat')));
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

/** A QR code to scan with WeChat; its scene is a fresh ticket that replaces the account's older ones. */
export async function createWechatBindingTicket(
  ctx: AppContext,
  account: AccountRow,
): Promise<WechatBindingTicket> {
  await enforceRateLimit(
    ctx.db,
    `wechat-ticket:${account.id}`,
    { limit: 10, windowSeconds: 600 },
    '获取二维码过于频繁',
  );
  // WeChat's scene_str is at most 64 characters.
  const ticket = newSecretToken()
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 32);
  let qr: Awaited<ReturnType<AppContext['providers']['wechat']['createBindingQrCode']>>;
  try {
    qr = await ctx.providers.wechat.createBindingQrCode(ticket, TICKET_LIFETIME_SECONDS);
  } catch (error) {
    ctx.log.error({ err: error }, 'wechat qrcode/create failed');
    throw new AppError('INTERNAL', '暂时无法获取微信二维码，请稍后再试');
  }
  const expiresAt = new Date(Date.now() + TICKET_LIFETIME_SECONDS * 1000);
  await ctx.db.transaction(async (tx) => {
    await tx
      .delete(notificationBindingTickets)
      .where(
        and(
          eq(notificationBindingTickets.accountId, account.id),
          eq(notificationBindingTickets.channel, 'wechat'),
        ),
      );
    await tx
      .insert(notificationBindingTickets)
      .values({ ticket, accountId: account.id, channel: 'wechat', expiresAt });
  });
  return { ticket, ...qr, expiresAt: expiresAt.toISOString(), sandbox: ctx.providers.wechat.sandbox };
}

/**
 * The scan came back (the official account's push callback, or the sandbox's 模拟扫码): the live
 * ticket is used up and the openid bound. An unknown or expired ticket binds nothing.
 */
export async function completeWechatBinding(
  ctx: AppContext,
  scan: { ticket: string; openId: string; accountId?: string },
): Promise<{ accountId: string } | null> {
  const bound = await ctx.db.transaction(async (tx) => {
    await tx.delete(notificationBindingTickets).where(lt(notificationBindingTickets.expiresAt, new Date()));
    const [used] = await tx
      .delete(notificationBindingTickets)
      .where(
        and(
          eq(notificationBindingTickets.ticket, scan.ticket),
          eq(notificationBindingTickets.channel, 'wechat'),
          gt(notificationBindingTickets.expiresAt, new Date()),
          scan.accountId ? eq(notificationBindingTickets.accountId, scan.accountId) : undefined,
        ),
      )
      .returning();
    if (!used) return null;
    await tx
      .insert(notificationBindings)
      .values({ accountId: used.accountId, channel: 'wechat', externalId: scan.openId, displayName: '' })
      .onConflictDoUpdate({
        target: [notificationBindings.accountId, notificationBindings.channel],
        set: { externalId: scan.openId, boundAt: new Date() },
      });
    return { accountId: used.accountId };
  });
  if (bound) {
    await ctx.events.publish({ topic: accountTopic(bound.accountId), type: 'binding' });
    await notifyAccount(ctx, {
      accountId: bound.accountId,
      kind: 'binding_changed',
      title: '微信绑定成功',
      body: '您的账号已绑定微信公众号，审核结果等通知将同时发送到微信。',
    });
  }
  return bound;
}

/** The sandbox's 模拟扫码 (development only): completes the caller's own ticket with a made-up openid. */
export async function simulateWechatScan(ctx: AppContext, account: AccountRow, ticket: string) {
  if (!sandboxScanAvailable(ctx)) throw new AppError('NOT_FOUND');
  const bound = await completeWechatBinding(ctx, {
    ticket,
    openId: `sandbox-${account.id.slice(0, 8)}`,
    accountId: account.id,
  });
  if (!bound) throw new AppError('INVALID_STATE', '二维码已过期，请刷新二维码后重试');
  return listNotificationBindings(ctx, account);
}

export async function unbindWechat(ctx: AppContext, account: AccountRow) {
  await ctx.db
    .delete(notificationBindings)
    .where(and(eq(notificationBindings.accountId, account.id), eq(notificationBindings.channel, 'wechat')));
  return listNotificationBindings(ctx, account);
}

import type { WechatBindingTicket } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { enforceRateLimit } from '../../lib/rate-limit';
import { newSecretToken } from '../../lib/tokens';
import type { CompanyMember } from '../../plugins/access';
import { replaceWechatTicket } from './account-settings.repository';

const TICKET_LIFETIME_SECONDS = 10 * 60;

export interface CreateWechatBindingTicketOptions {
  member: CompanyMember;
}

/** A QR code to scan with WeChat; its scene is a fresh ticket that replaces the account's older ones. */
export async function createWechatBindingTicket(
  ctx: AppContext,
  options: CreateWechatBindingTicketOptions,
): Promise<WechatBindingTicket> {
  const { accountId } = options.member;
  await enforceRateLimit(
    ctx.db,
    `wechat-ticket:${accountId}`,
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
  await ctx.db.transaction((tx) => replaceWechatTicket(tx, accountId, ticket, expiresAt));
  return { ticket, ...qr, expiresAt: expiresAt.toISOString(), sandbox: ctx.providers.wechat.sandbox };
}

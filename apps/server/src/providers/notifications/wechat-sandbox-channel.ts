import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client';
import type { Notice } from './notification-channel';
import { findWechatOpenId, type WechatChannel } from './wechat-channel';

export interface SandboxWechatMessage {
  accountId: string;
  openId: string;
  title: string;
  body: string;
  sentAt: Date;
}

const KEPT_MESSAGES = 200;

/**
 * The default without a WeChat official account: QR codes carry a sandbox text instead of WeChat's
 * image, a binding is completed by the development tools' 模拟扫码, and messages to bound accounts
 * are logged and kept (the latest 200, in memory) for /dev/wechat. Nothing reaches WeChat.
 */
export class SandboxWechatChannel implements WechatChannel {
  readonly name = 'wechat' as const;
  readonly sandbox = true;
  readonly sent: SandboxWechatMessage[] = [];

  constructor(
    private readonly db: Database,
    private readonly log: FastifyBaseLogger,
  ) {}

  async createBindingQrCode(sceneStr: string) {
    return { qrCodeUrl: null, qrCodeText: `openrecruit-wechat-sandbox:${sceneStr}` };
  }

  verifySignature(): boolean {
    // The sandbox has no official account, so no push callback can be genuine.
    return false;
  }

  async deliver(notice: Notice): Promise<void> {
    const openId = await findWechatOpenId(this.db, notice.accountId);
    if (!openId) return;
    this.sent.unshift({
      accountId: notice.accountId,
      openId,
      title: notice.title,
      body: notice.body,
      sentAt: new Date(),
    });
    this.sent.length = Math.min(this.sent.length, KEPT_MESSAGES);
    this.log.info({ accountId: notice.accountId, title: notice.title }, 'wechat sandbox message');
  }
}

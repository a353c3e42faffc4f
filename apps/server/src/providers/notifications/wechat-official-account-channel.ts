import type { Database } from '../../db/client';
import type { Notice } from './notification-channel';
import { findWechatOpenId, isValidWechatSignature, type WechatChannel } from './wechat-channel';

export interface WechatOfficialAccountConfig {
  appId: string;
  appSecret: string;
  token: string;
  templateId: string;
  /** https://api.weixin.qq.com; a local fake in tests. */
  apiBase: string;
  /** https://mp.weixin.qq.com, where showqrcode serves the QR image. */
  qrBase: string;
}

type WechatReply = { errcode?: number; errmsg?: string } & Record<string, unknown>;

// access_token invalid (40001, 40014) or expired (42001): fetch a new one and try once more.
const STALE_TOKEN_CODES = new Set([40001, 40014, 42001]);
const REQUEST_TIMEOUT_MS = 10_000;
// Refresh a little before WeChat's expiry, so a token is never used in its last minutes.
const TOKEN_MARGIN_MS = 5 * 60_000;

export class WechatApiError extends Error {
  override name = 'WechatApiError';
  constructor(
    readonly errcode: number,
    errmsg: string,
  ) {
    super(`WeChat API error ${errcode}: ${errmsg}`);
  }
}

/**
 * The real 公众号 (official account) protocol: access_token by client_credential (cached until
 * shortly before expiry, one fetch at a time), temporary QR codes with a string scene
 * (QR_STR_SCENE), and template messages to the openids bound through the push callback.
 */
export class WechatOfficialAccountChannel implements WechatChannel {
  readonly name = 'wechat' as const;
  readonly sandbox = false;
  private cached: { value: string; expiresAt: number } | undefined;
  private fetching: Promise<string> | undefined;

  constructor(
    private readonly config: WechatOfficialAccountConfig,
    private readonly db: Database,
  ) {}

  verifySignature(query: { signature?: string; timestamp?: string; nonce?: string }): boolean {
    return isValidWechatSignature(this.config.token, query);
  }

  async createBindingQrCode(sceneStr: string, expireSeconds: number) {
    const reply = await this.call('/cgi-bin/qrcode/create', {
      expire_seconds: expireSeconds,
      action_name: 'QR_STR_SCENE',
      action_info: { scene: { scene_str: sceneStr } },
    });
    if (typeof reply.ticket !== 'string') throw new WechatApiError(-1, 'qrcode/create returned no ticket');
    return {
      qrCodeUrl: `${this.config.qrBase}/cgi-bin/showqrcode?ticket=${encodeURIComponent(reply.ticket)}`,
      qrCodeText: null,
    };
  }

  async deliver(notice: Notice): Promise<void> {
    const openId = await findWechatOpenId(this.db, notice.accountId);
    if (!openId) return;
    const time = new Intl.DateTimeFormat('zh-CN', {
      timeZone: 'Asia/Shanghai',
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date());
    // The template in the 公众号 admin has the fields first, keyword1 (事项), keyword2 (时间), remark.
    await this.call('/cgi-bin/message/template/send', {
      touser: openId,
      template_id: this.config.templateId,
      data: {
        first: { value: notice.title },
        keyword1: { value: notice.title },
        keyword2: { value: time },
        remark: { value: notice.body },
      },
    });
  }

  /** POSTs JSON to an API that takes ?access_token=, renewing a stale token once. */
  private async call(path: string, body: unknown, retried = false): Promise<WechatReply> {
    const token = await this.accessToken();
    const reply = await this.request(
      `${this.config.apiBase}${path}?access_token=${encodeURIComponent(token)}`,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    );
    if (reply.errcode && STALE_TOKEN_CODES.has(reply.errcode) && !retried) {
      this.cached = undefined;
      return this.call(path, body, true);
    }
    if (reply.errcode) throw new WechatApiError(reply.errcode, String(reply.errmsg ?? ''));
    return reply;
  }

  private async accessToken(): Promise<string> {
    if (this.cached && this.cached.expiresAt > Date.now()) return this.cached.value;
    this.fetching ??= this.fetchAccessToken().finally(() => {
      this.fetching = undefined;
    });
    return this.fetching;
  }

  private async fetchAccessToken(): Promise<string> {
    const query = new URLSearchParams({
      grant_type: 'client_credential',
      appid: this.config.appId,
      secret: this.config.appSecret,
    });
    const reply = await this.request(`${this.config.apiBase}/cgi-bin/token?${query}`, { method: 'GET' });
    if (reply.errcode || typeof reply.access_token !== 'string')
      throw new WechatApiError(reply.errcode ?? -1, String(reply.errmsg ?? 'no access_token'));
    const lifetimeMs = Number(reply.expires_in ?? 7200) * 1000;
    this.cached = {
      value: reply.access_token,
      expiresAt: Date.now() + Math.max(lifetimeMs - TOKEN_MARGIN_MS, lifetimeMs / 2),
    };
    return reply.access_token;
  }

  private async request(url: string, init: RequestInit): Promise<WechatReply> {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    if (!response.ok) throw new WechatApiError(-1, `HTTP ${response.status}`);
    return (await response.json()) as WechatReply;
  }
}

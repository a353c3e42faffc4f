import { createHash, timingSafeEqual } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { notificationBindings } from '../../db/schema';
import type { NotificationChannel } from './notification-channel';

/**
 * 账号绑定 (seed 002): the WeChat official account channel. A person binds it by scanning a
 * temporary QR code whose scene is a binding ticket; the official account's push callback then
 * names the person's openid. Two implementations: the real official account, and a local sandbox.
 */
export interface WechatChannel extends NotificationChannel {
  readonly name: 'wechat';
  /** True for the local sandbox: nothing reaches WeChat. */
  readonly sandbox: boolean;
  /** A temporary QR code that sends `sceneStr` back through the callback when scanned. */
  createBindingQrCode(
    sceneStr: string,
    expireSeconds: number,
  ): Promise<{ qrCodeUrl: string | null; qrCodeText: string | null }>;
  /** Checks a callback's signature: sha1 of the sorted token, timestamp and nonce. */
  verifySignature(query: { signature?: string; timestamp?: string; nonce?: string }): boolean;
}

/** The openid a person bound, if any: notices go to bound accounts only. */
export async function findWechatOpenId(db: Database, accountId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ openId: notificationBindings.externalId })
    .from(notificationBindings)
    .where(and(eq(notificationBindings.accountId, accountId), eq(notificationBindings.channel, 'wechat')));
  return row?.openId;
}

/** WeChat's callback signature (公众号 服务器配置 "验证消息的确来自微信服务器"). */
export function wechatSignature(token: string, timestamp: string, nonce: string): string {
  return createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
}

const MAX_CLOCK_SKEW_SECONDS = 300;

export function isValidWechatSignature(
  token: string,
  query: { signature?: string; timestamp?: string; nonce?: string },
  now = Date.now(),
): boolean {
  const { signature, timestamp, nonce } = query;
  if (!signature || !timestamp || !nonce || !/^\d{1,12}$/.test(timestamp)) return false;
  // An old signed request replayed later is refused.
  if (Math.abs(now / 1000 - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS) return false;
  const expected = Buffer.from(wechatSignature(token, timestamp, nonce));
  const given = Buffer.from(signature.toLowerCase());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The flat fields of a pushed message: `<xml><Event><![CDATA[SCAN]]></Event>...</xml>`. */
export function parseWechatXml(xml: string): Record<string, string> {
  const body = /<xml>([\s\S]*)<\/xml>/.exec(xml)?.[1] ?? '';
  const fields: Record<string, string> = {};
  for (const match of body.matchAll(/<(\w+)>(?:<!\[CDATA\[([\s\S]*?)\]\]>|([^<]*))<\/\1>/g)) {
    fields[match[1]!] = match[2] ?? match[3] ?? '';
  }
  return fields;
}

/**
 * The binding ticket a scan event carries: `subscribe` (first follow through the QR code) sends
 * EventKey `qrscene_<scene>`, `SCAN` (already following) sends the scene itself.
 */
export function bindingScanOf(fields: Record<string, string>): { ticket: string; openId: string } | null {
  if (fields.MsgType !== 'event' || !fields.FromUserName) return null;
  const key = fields.EventKey ?? '';
  if (fields.Event === 'subscribe' && key.startsWith('qrscene_'))
    return { ticket: key.slice('qrscene_'.length), openId: fields.FromUserName };
  if (fields.Event === 'SCAN' && key) return { ticket: key, openId: fields.FromUserName };
  return null;
}

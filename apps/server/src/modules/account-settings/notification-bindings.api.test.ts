import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { liveTopic } from '@openrecruit/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createSignedInEmployer, createTestCompany } from '../../../test/factories';
import { TestClient } from '../../../test/http-client';
import { listenTo } from '../../../test/live-events';
import { notificationBindings, notifications } from '../../db/schema';
import { wechatSignature } from '../../providers/notifications/wechat-channel';
import type { SandboxWechatChannel } from '../../providers/notifications/wechat-sandbox-channel';
import { notifyAccount } from '../notifications/notify-account';

const BINDINGS = '/api/employer/account/bindings';

describe('[EMPLOYER] 账号绑定 with the WeChat sandbox (no WECHAT_* configured)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('shows 站内消息 always on, binds WeChat by 模拟扫码 of the own ticket only, delivers and unbinds', async () => {
    const company = await createTestCompany(t.app.ctx.db);
    const { client, account } = await createSignedInEmployer(t.app, company.id);
    const other = await createSignedInEmployer(t.app, company.id);

    const list = await client.get(BINDINGS);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({
      wechatSandbox: true,
      sandboxScanAvailable: true,
      channels: [
        { channel: 'in_app', label: '站内消息', bound: true, removable: false },
        { channel: 'wechat', label: '微信公众号', bound: false },
      ],
    });

    const ticket = await client.post(`${BINDINGS}/wechat/ticket`);
    expect(ticket.status).toBe(200);
    expect(ticket.body).toMatchObject({ sandbox: true, qrCodeUrl: null });
    expect(ticket.body.qrCodeText).toBe(`openrecruit-wechat-sandbox:${ticket.body.ticket}`);

    // Someone else's ticket binds nothing.
    const stolen = await other.client.post(`${BINDINGS}/wechat/sandbox-scan`, { ticket: ticket.body.ticket });
    expect(stolen.status).toBe(409);
    // The sandbox has no official account: the public callback does not exist.
    expect((await new TestClient(t.app).post('/api/public/wechat/callback?signature=x')).status).toBe(404);

    const scanned = await client.post(`${BINDINGS}/wechat/sandbox-scan`, { ticket: ticket.body.ticket });
    expect(scanned.status).toBe(200);
    expect(scanned.body.channels[1]).toMatchObject({ channel: 'wechat', bound: true, removable: true });
    // A ticket is used once.
    expect(
      (await client.post(`${BINDINGS}/wechat/sandbox-scan`, { ticket: ticket.body.ticket })).status,
    ).toBe(409);

    await notifyAccount(t.app.ctx, {
      accountId: account.id,
      kind: 'test',
      title: '审核结果',
      body: '已通过',
    });
    const sandbox = t.app.ctx.providers.wechat as SandboxWechatChannel;
    expect(sandbox.sent.filter((m) => m.accountId === account.id).map((m) => m.title)).toEqual([
      '审核结果',
      '微信绑定成功',
    ]);
    const outbox = await client.get('/dev/wechat', { accept: 'application/json' });
    expect(outbox.body[0]).toMatchObject({ title: '审核结果', body: '已通过' });

    const unbound = await client.request('DELETE', `${BINDINGS}/wechat`);
    expect(unbound.status).toBe(200);
    expect(unbound.body.channels[1]).toMatchObject({ bound: false });
    await notifyAccount(t.app.ctx, { accountId: account.id, kind: 'test', title: '再次通知', body: '…' });
    expect(sandbox.sent.some((m) => m.title === '再次通知')).toBe(false);
    // The in-app channel got every notice regardless.
    const inApp = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.accountId, account.id));
    expect(inApp.map((n) => n.title)).toEqual(
      expect.arrayContaining(['审核结果', '再次通知', '微信绑定成功']),
    );
  });

  it('tells the person’s open 账号绑定 pages when WeChat is bound and when it is unbound', async () => {
    const company = await createTestCompany(t.app.ctx.db);
    const { client, account } = await createSignedInEmployer(t.app, company.id);
    const bound = listenTo(t.app, liveTopic.account(account.id));
    const ticket = await client.post(`${BINDINGS}/wechat/ticket`);
    expect(
      (await client.post(`${BINDINGS}/wechat/sandbox-scan`, { ticket: ticket.body.ticket })).status,
    ).toBe(200);
    expect(await bound.waitFor('bindings.changed')).toMatchObject({ type: 'bindings.changed' });
    bound.stop();

    const unbound = listenTo(t.app, liveTopic.account(account.id));
    expect((await client.request('DELETE', `${BINDINGS}/wechat`)).status).toBe(200);
    expect(await unbound.waitFor('bindings.changed')).toMatchObject({ type: 'bindings.changed' });
    unbound.stop();
  });
});

/** A stand-in for api.weixin.qq.com on 127.0.0.1: token, qrcode/create and template send. */
async function startFakeWechat() {
  const calls: Array<{ path: string; query: URLSearchParams; body: any }> = [];
  let tokenNumber = 0;
  let failNextSendWithStaleToken = false;
  const server = http.createServer((request, response) => {
    const url = new URL(request.url!, 'http://127.0.0.1');
    let raw = '';
    request.on('data', (chunk) => {
      raw += chunk;
    });
    request.on('end', () => {
      const body = raw ? JSON.parse(raw) : null;
      calls.push({ path: url.pathname, query: url.searchParams, body });
      const reply = (value: unknown) => {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify(value));
      };
      const token = url.searchParams.get('access_token');
      if (url.pathname === '/cgi-bin/token') {
        if (
          url.searchParams.get('appid') !== 'wx-test-app' ||
          url.searchParams.get('secret') !== 'test-secret'
        )
          return reply({ errcode: 40013, errmsg: 'invalid appid' });
        tokenNumber += 1;
        return reply({ access_token: `TOKEN${tokenNumber}`, expires_in: 7200 });
      }
      if (token !== `TOKEN${tokenNumber}`) return reply({ errcode: 40001, errmsg: 'invalid credential' });
      if (url.pathname === '/cgi-bin/qrcode/create')
        return reply({
          ticket: `QR-${body.action_info.scene.scene_str}`,
          expire_seconds: body.expire_seconds,
        });
      if (url.pathname === '/cgi-bin/message/template/send') {
        if (failNextSendWithStaleToken) {
          failNextSendWithStaleToken = false;
          return reply({ errcode: 42001, errmsg: 'access_token expired' });
        }
        return reply({ errcode: 0, errmsg: 'ok', msgid: calls.length });
      }
      response.statusCode = 404;
      response.end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    expireTokenOnNextSend: () => {
      failNextSendWithStaleToken = true;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('[EMPLOYER] 账号绑定 with a WeChat official account (fake WeChat API)', () => {
  let t: TestApp;
  let wechat: Awaited<ReturnType<typeof startFakeWechat>>;
  beforeAll(async () => {
    wechat = await startFakeWechat();
    t = await buildTestApp({
      env: {
        WECHAT_APP_ID: 'wx-test-app',
        WECHAT_APP_SECRET: 'test-secret',
        WECHAT_TOKEN: 'callback-token',
        WECHAT_TEMPLATE_ID: 'TEMPLATE-1',
        WECHAT_API_BASE: wechat.base,
        WECHAT_QR_BASE: wechat.base,
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await wechat.close();
  });

  const signed = (extra: Record<string, string> = {}, token = 'callback-token') => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = String(Math.random()).slice(2, 12);
    return new URLSearchParams({
      signature: wechatSignature(token, timestamp, nonce),
      timestamp,
      nonce,
      ...extra,
    });
  };
  const event = (openId: string, name: string, key: string) =>
    `<xml><ToUserName><![CDATA[gh_test]]></ToUserName><FromUserName><![CDATA[${openId}]]></FromUserName><CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[${name}]]></Event><EventKey><![CDATA[${key}]]></EventKey><Ticket><![CDATA[QR]]></Ticket></xml>`;
  const push = (query: URLSearchParams, xml: string) =>
    new TestClient(t.app, '203.0.113.9').post(`/api/public/wechat/callback?${query}`, xml, {
      'content-type': 'text/xml',
    });

  it('answers the echostr check only with the right signature', async () => {
    const anonymous = new TestClient(t.app, '203.0.113.9');
    const ok = await anonymous.get(`/api/public/wechat/callback?${signed({ echostr: 'hello-123' })}`);
    expect(ok.status).toBe(200);
    expect(ok.body).toBe('hello-123');
    const forged = await anonymous.get(
      `/api/public/wechat/callback?${signed({ echostr: 'x' }, 'wrong-token')}`,
    );
    expect(forged.status).toBe(403);
    const stale = new URLSearchParams({ timestamp: '1000', nonce: 'n', echostr: 'x' });
    stale.set('signature', wechatSignature('callback-token', '1000', 'n'));
    expect((await anonymous.get(`/api/public/wechat/callback?${stale}`)).status).toBe(403);
  });

  it('binds through a real QR scene and the scan callback, then sends template messages', async () => {
    const company = await createTestCompany(t.app.ctx.db);
    const { client, account } = await createSignedInEmployer(t.app, company.id);
    expect((await client.get(BINDINGS)).body).toMatchObject({
      wechatSandbox: false,
      sandboxScanAvailable: false,
    });

    const ticket = await client.post(`${BINDINGS}/wechat/ticket`);
    expect(ticket.status).toBe(200);
    expect(ticket.body.sandbox).toBe(false);
    expect(ticket.body.qrCodeUrl).toBe(
      `${wechat.base}/cgi-bin/showqrcode?ticket=${encodeURIComponent(`QR-${ticket.body.ticket}`)}`,
    );
    const create = wechat.calls.find((c) => c.path === '/cgi-bin/qrcode/create')!;
    expect(create.body).toEqual({
      expire_seconds: 600,
      action_name: 'QR_STR_SCENE',
      action_info: { scene: { scene_str: ticket.body.ticket } },
    });
    expect(wechat.calls[0]!.query.get('grant_type')).toBe('client_credential');
    // The sandbox's 模拟扫码 does not exist with a real official account.
    expect(
      (await client.post(`${BINDINGS}/wechat/sandbox-scan`, { ticket: ticket.body.ticket })).status,
    ).toBe(404);

    // A forged push binds nothing.
    const forged = await push(
      signed({}, 'wrong-token'),
      event('o-attacker', 'subscribe', `qrscene_${ticket.body.ticket}`),
    );
    expect(forged.status).toBe(403);
    expect((await client.get(BINDINGS)).body.channels[1].bound).toBe(false);

    // First follow through the QR code: subscribe with qrscene_<ticket>.
    const pushed = await push(signed(), event('o-openid-1', 'subscribe', `qrscene_${ticket.body.ticket}`));
    expect(pushed.status).toBe(200);
    expect(pushed.body).toBe('success');
    const rows = await t.database.db
      .select()
      .from(notificationBindings)
      .where(and(eq(notificationBindings.accountId, account.id), eq(notificationBindings.channel, 'wechat')));
    expect(rows).toMatchObject([{ externalId: 'o-openid-1' }]);
    const sends = () => wechat.calls.filter((c) => c.path === '/cgi-bin/message/template/send');
    expect(sends().at(-1)!.body).toMatchObject({
      touser: 'o-openid-1',
      template_id: 'TEMPLATE-1',
      data: { first: { value: '微信绑定成功' } },
    });

    // The token is cached: one token fetch so far.
    expect(wechat.calls.filter((c) => c.path === '/cgi-bin/token')).toHaveLength(1);
    // An expired token is renewed once and the message still goes.
    wechat.expireTokenOnNextSend();
    await notifyAccount(t.app.ctx, {
      accountId: account.id,
      kind: 'test',
      title: '审核结果',
      body: '已通过',
    });
    expect(wechat.calls.filter((c) => c.path === '/cgi-bin/token')).toHaveLength(2);
    expect(sends().at(-1)!.body).toMatchObject({
      touser: 'o-openid-1',
      data: { remark: { value: '已通过' } },
    });

    // Already following: SCAN with the bare ticket rebinds to the scanning openid; a used ticket does nothing.
    const again = await client.post(`${BINDINGS}/wechat/ticket`);
    await push(signed(), event('o-openid-2', 'SCAN', again.body.ticket));
    await push(signed(), event('o-openid-3', 'SCAN', again.body.ticket));
    const [rebound] = await t.database.db
      .select()
      .from(notificationBindings)
      .where(eq(notificationBindings.accountId, account.id));
    expect(rebound!.externalId).toBe('o-openid-2');

    // Unbound: no more WeChat messages.
    await client.request('DELETE', `${BINDINGS}/wechat`);
    const before = sends().length;
    await notifyAccount(t.app.ctx, { accountId: account.id, kind: 'test', title: '再次通知', body: '…' });
    expect(sends()).toHaveLength(before);
  });
});

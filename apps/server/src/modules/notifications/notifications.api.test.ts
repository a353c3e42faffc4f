import { liveTopic } from '@openrecruit/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { findAccountByLogin } from '../../../test/factories';
import { APPLICANT_PASSWORD, companyWithAdmin, wizardBody } from '../../../test/factories/onboarding';
import { TestClient } from '../../../test/http-client';
import { listenTo } from '../../../test/live-events';
import { notifyAccount } from './notify-account';

describe('[EMPLOYER] notification centre (issue 5)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('lists a joiner’s notices with the unread count, marks one and then all read', async () => {
    const { company, adminLogin, adminPassword } = await companyWithAdmin(t);
    const adminClient = new TestClient(t.app, '192.0.2.71');
    await adminClient.login('employer', adminLogin, adminPassword);
    const { body, mobile } = await wizardBody(t, 'join', { companyCode: company.code });
    const { requestId } = (
      await new TestClient(t.app, '192.0.2.72').post('/api/public/employer-registration', body)
    ).body;
    expect(
      (await adminClient.post(`/api/employer/join-requests/${requestId}/decision`, { decision: 'approve' }))
        .status,
    ).toBe(200);

    const member = new TestClient(t.app, '192.0.2.73');
    expect((await member.login('employer', mobile, APPLICANT_PASSWORD)).status).toBe(200);
    const account = await findAccountByLogin(t.app, mobile);
    const seen = listenTo(t.app, liveTopic.account(account!.id));
    await notifyAccount(t.app.ctx, {
      accountId: account!.id,
      kind: 'test',
      title: '测试通知',
      body: '第二条',
    });
    // On PostgreSQL the event makes a round trip through LISTEN/NOTIFY.
    expect(await seen.waitFor('notification')).toMatchObject({ type: 'notification' });
    seen.stop();

    const list = await member.get('/api/employer/notifications');
    expect(list.status).toBe(200);
    expect(list.body.items[list.body.items.length - 1]).toMatchObject({
      kind: 'join_approved',
      title: '加入单位申请已通过',
      readAt: null,
    });
    expect(list.body.unread).toBe(list.body.items.length);

    const first = list.body.items[0];
    const read = await member.post(`/api/employer/notifications/${first.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await member.get('/api/employer/notifications')).body.unread).toBe(list.body.items.length - 1);

    // Someone else's notice is not found.
    const adminNotices = await adminClient.post(`/api/employer/notifications/${first.id}/read`);
    expect(adminNotices.status).toBe(404);

    const all = await member.post('/api/employer/notifications/read-all');
    expect(all.status).toBe(200);
    expect(all.body.unread).toBe(0);
    expect(all.body.items.every((item: { readAt: string | null }) => item.readAt !== null)).toBe(true);
  });
});

import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { findAccountByLogin } from '../../../test/factories';
import { companyWithAdmin } from '../../../test/factories/onboarding';
import { freshMobile } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { securityEvents } from '../../db/schema';

describe('[EMPLOYER] 账号注销 (seed 002 账号设置 > 账号注销)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  let ip = 10;
  const client = () => new TestClient(t.app, `192.0.2.${100 + ip++}`);

  it('checks the password, refuses an admin with active members, then disables and keeps the records', async () => {
    const { admin, adminLogin, adminPassword } = await companyWithAdmin(t);
    const adminClient = client();
    await adminClient.login('employer', adminLogin, adminPassword);
    const mobile = freshMobile();
    const added = await adminClient.post('/api/employer/members', {
      name: '孙人事',
      mobile,
      initialPassword: 'Start#2026ok',
    });
    expect(added.status).toBe(200);

    const member = client();
    await member.login('employer', mobile, 'Start#2026ok');
    await member.post('/api/auth/employer/password', {
      oldPassword: 'Start#2026ok',
      password: 'Mine#2026okay',
      confirmPassword: 'Mine#2026okay',
    });
    const laptop = client();
    expect((await laptop.login('employer', mobile, 'Mine#2026okay')).status).toBe(200);

    const wrong = await member.post('/api/employer/account/close', { password: 'Wrong#2026ok' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('PASSWORD_INCORRECT');
    expect(wrong.body.details.fields).toEqual([expect.objectContaining({ field: 'password' })]);

    const adminRefused = await adminClient.post('/api/employer/account/close', { password: adminPassword });
    expect(adminRefused.status).toBe(409);
    expect(adminRefused.body).toMatchObject({
      code: 'INVALID_STATE',
      message: '请先将管理员转交给其他成员后再注销',
    });

    const closed = await member.post('/api/employer/account/close', { password: 'Mine#2026okay' });
    expect(closed.status).toBe(200);
    expect((await member.get('/api/employer/notifications')).status).toBe(401);
    expect((await laptop.get('/api/employer/notifications')).status).toBe(401);
    expect((await client().login('employer', mobile, 'Mine#2026okay')).body.code).toBe('ACCOUNT_DISABLED');
    const row = await findAccountByLogin(t.app, mobile);
    expect(row!.status).toBe('disabled');
    const events = await t.database.db
      .select()
      .from(securityEvents)
      .where(and(eq(securityEvents.accountId, row!.id), eq(securityEvents.kind, 'account_closed')));
    expect(events).toHaveLength(1);
    const reopened = await adminClient.post(`/api/employer/members/${row!.id}/activate`);
    expect(reopened.status).toBe(409);

    // With no other active member left, the admin may close too.
    expect((await adminClient.post('/api/employer/account/close', { password: adminPassword })).status).toBe(
      200,
    );
    expect((await client().login('employer', adminLogin, adminPassword)).body.code).toBe('ACCOUNT_DISABLED');
    expect(admin.id).toBeTruthy();
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { companyWithAdmin } from '../../../test/factories/onboarding';
import { freshMobile } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { accounts } from '../../db/schema';

const INITIAL = 'Start#2026ok';
const CHOSEN = 'Mine#2026okay';

describe('[EMPLOYER] 公司成员 (seed 002 公司设置 > 公司成员)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  let ip = 10;
  const client = () => new TestClient(t.app, `192.0.2.${ip++}`);

  async function adminOfNewCompany() {
    const made = await companyWithAdmin(t);
    const admin = client();
    expect((await admin.login('employer', made.adminLogin, made.adminPassword)).status).toBe(200);
    return { ...made, client: admin };
  }

  async function addMember(admin: TestClient, mobile = freshMobile()) {
    const added = await admin.post('/api/employer/members', {
      name: '赵招聘',
      mobile,
      initialPassword: INITIAL,
    });
    expect(added.status).toBe(200);
    return { mobile, id: added.body.id as string, body: added.body };
  }

  it('adds a member who must change the initial password at first login, then works', async () => {
    const { client: admin } = await adminOfNewCompany();
    const { mobile, id, body } = await addMember(admin);
    expect(body).toMatchObject({
      name: '赵招聘',
      mobileMasked: `${mobile.slice(0, 3)}****${mobile.slice(-4)}`,
      role: 'member',
      status: 'active',
      mustChangePassword: true,
    });
    const list = await admin.get('/api/employer/members');
    expect(list.status).toBe(200);
    expect(list.body.items.map((m: { role: string }) => m.role).sort()).toEqual(['admin', 'member']);

    const taken = await admin.post('/api/employer/members', {
      name: '钱重复',
      mobile,
      initialPassword: INITIAL,
    });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('MOBILE_ALREADY_REGISTERED');
    expect(taken.body.details.fields).toEqual([expect.objectContaining({ field: 'mobile' })]);

    const member = client();
    expect((await member.login('employer', mobile, INITIAL)).status).toBe(200);
    const blocked = await member.get('/api/employer/notifications');
    expect(blocked.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await member.post('/api/auth/employer/password', {
      oldPassword: INITIAL,
      password: CHOSEN,
      confirmPassword: CHOSEN,
    });
    expect(changed.status).toBe(200);
    expect((await member.get('/api/employer/notifications')).status).toBe(200);

    const renamed = await admin.request('PATCH', `/api/employer/members/${id}`, { name: '赵新名' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: '赵新名', mustChangePassword: false });
  });

  it('refuses an HR member (403) and another company’s admin (404)', async () => {
    const { client: admin } = await adminOfNewCompany();
    const { mobile, id } = await addMember(admin);
    const member = client();
    await member.login('employer', mobile, INITIAL);
    await member.post('/api/auth/employer/password', {
      oldPassword: INITIAL,
      password: CHOSEN,
      confirmPassword: CHOSEN,
    });
    const forbidden = await member.get('/api/employer/members');
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.code).toBe('FORBIDDEN');
    expect((await member.post(`/api/employer/members/${id}/deactivate`)).status).toBe(403);

    const { client: other } = await adminOfNewCompany();
    expect((await other.post(`/api/employer/members/${id}/deactivate`)).status).toBe(404);
    expect((await other.request('PATCH', `/api/employer/members/${id}`, { name: '别人' })).status).toBe(404);
    expect(
      (await other.post(`/api/employer/members/${id}/reset-password`, { initialPassword: INITIAL })).status,
    ).toBe(404);
  });

  it('deactivating ends the member’s live session at once and refuses login; activating lets them back', async () => {
    const { client: admin, admin: adminRow } = await adminOfNewCompany();
    const { mobile, id } = await addMember(admin);
    const member = client();
    await member.login('employer', mobile, INITIAL);
    await member.post('/api/auth/employer/password', {
      oldPassword: INITIAL,
      password: CHOSEN,
      confirmPassword: CHOSEN,
    });
    expect((await member.get('/api/employer/notifications')).status).toBe(200);

    const stopped = await admin.post(`/api/employer/members/${id}/deactivate`);
    expect(stopped.status).toBe(200);
    expect(stopped.body.status).toBe('disabled');
    expect((await member.get('/api/employer/notifications')).status).toBe(401);
    const refused = await client().login('employer', mobile, CHOSEN);
    expect(refused.body.code).toBe('ACCOUNT_DISABLED');

    const self = await admin.post(`/api/employer/members/${adminRow.id}/deactivate`);
    expect(self.status).toBe(403);
    expect(self.body.message).toBe('不能注销自己的账户');

    expect((await admin.post(`/api/employer/members/${id}/activate`)).body.status).toBe('active');
    expect((await client().login('employer', mobile, CHOSEN)).status).toBe(200);
  });

  it('resetting the password ends the member’s sessions and forces a change', async () => {
    const { client: admin } = await adminOfNewCompany();
    const { mobile, id } = await addMember(admin);
    const member = client();
    await member.login('employer', mobile, INITIAL);
    await member.post('/api/auth/employer/password', {
      oldPassword: INITIAL,
      password: CHOSEN,
      confirmPassword: CHOSEN,
    });
    expect((await member.get('/api/employer/notifications')).status).toBe(200);

    const reset = await admin.post(`/api/employer/members/${id}/reset-password`, {
      initialPassword: 'Reset#2026ok',
    });
    expect(reset.status).toBe(200);
    expect(reset.body.mustChangePassword).toBe(true);
    expect((await member.get('/api/employer/notifications')).status).toBe(401);
    expect((await client().login('employer', mobile, CHOSEN)).status).toBe(401);
    const again = client();
    expect((await again.login('employer', mobile, 'Reset#2026ok')).status).toBe(200);
    expect((await again.get('/api/employer/notifications')).body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const [row] = await t.database.db.select().from(accounts).where(eq(accounts.id, id));
    expect(row!.mustChangePassword).toBe(true);
  });
});

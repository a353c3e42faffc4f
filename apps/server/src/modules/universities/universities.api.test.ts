import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { companyWithAdmin, createUniversity, multipart } from '../../../test/factories/onboarding';
import { TestClient } from '../../../test/http-client';
import { accounts, reviewRequests } from '../../db/schema';
import { createStaffAccount } from '../../db/seed/accounts';
import { encodePng } from '../../db/seed/png-image';

const PASSWORD = 'Staff#2026ok';
const INITIAL = 'Start#2026ok';
const CHOSEN = 'Mine#2026okay';

const PROFILE = {
  address: '上海市杨浦区申江路800号',
  campuses: [
    { name: '杨浦校区', address: '上海市杨浦区申江路800号' },
    { name: '闵行校区', address: '上海市闵行区东川路1200号' },
  ],
  contactName: '王老师',
  contactPhone: '021-65430000',
  contactEmail: 'Career@Example.edu.cn',
  introduction: '一所综合性大学。',
};

describe('[UNIVERSITY] 高校信息 and 账号管理 (issue 11 §1)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  let ip = 10;
  const client = () => new TestClient(t.app, `192.0.2.${ip++}`);
  let n = 0;

  /** A university with its admin and one member, both logged in. */
  async function university() {
    const row = await createUniversity(t);
    n += 1;
    const staff = async (role: 'admin' | 'member') => {
      const loginName = `${role}${n}@uni${n}.edu.cn`;
      const account = await createStaffAccount(t.app.ctx, {
        role: 'university_staff',
        universityId: row.id,
        universityRole: role,
        loginName,
        displayName: role === 'admin' ? '王老师' : '赵老师',
        password: PASSWORD,
      });
      const c = client();
      expect((await c.login('university', loginName, PASSWORD)).status).toBe(200);
      return { account, client: c, loginName };
    };
    return { row, admin: await staff('admin'), member: await staff('member') };
  }

  it('staff read 高校信息; the admin saves it and seekers see it on the public page', async () => {
    const { row, admin, member } = await university();
    const read = await member.client.get('/api/university/profile');
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: row.id, name: row.name, canEdit: false, campuses: [] });
    expect((await admin.client.get('/api/university/profile')).body.canEdit).toBe(true);
    // The session says who is the admin: the console's header names the role.
    const session = await client().login('university', admin.loginName, PASSWORD);
    expect(session.body.account.universityRole).toBe('admin');
    expect((await member.client.get('/api/auth/university/session')).body.account.universityRole).toBe(
      'member',
    );

    const saved = await admin.client.request('PUT', '/api/university/profile', PROFILE);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ ...PROFILE, contactEmail: 'career@example.edu.cn', canEdit: true });

    const open = await client().get(`/api/public/universities/${row.id}`);
    expect(open.status).toBe(200);
    expect(open.body).toMatchObject({
      name: row.name,
      address: PROFILE.address,
      campuses: PROFILE.campuses,
      contactName: '王老师',
      contactPhone: '021-65430000',
      logoUrl: null,
      enteredCompanies: [],
    });
    expect((await client().get(`/api/public/universities/${randomUUID()}`)).status).toBe(404);
  });

  it('refuses a member’s edits with 403 and the reason, and bad fields with their messages', async () => {
    const { admin, member } = await university();
    const refused = await member.client.request('PUT', '/api/university/profile', PROFILE);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toBe('只有本校管理员可以修改高校信息，请联系本校的管理员');
    const logo = multipart(
      encodePng(64, 64, () => [0, 80, 160]),
      'logo.png',
    );
    expect(
      (await member.client.post('/api/university/profile/logo', logo.payload, logo.headers)).status,
    ).toBe(403);

    const bad = await admin.client.request('PUT', '/api/university/profile', {
      ...PROFILE,
      campuses: [],
      contactPhone: '12345',
    });
    expect(bad.status).toBe(400);
    const reasons = Object.fromEntries(
      bad.body.details.fields.map((f: { field: string; reason: string }) => [f.field, f.reason]),
    );
    expect(reasons).toMatchObject({
      campuses: '请至少填写一个校区',
      contactPhone: '请输入正确的手机号或座机号（如021-12345678）',
    });
  });

  it('the admin uploads a logo, served publicly; a new one replaces it', async () => {
    const { row, admin } = await university();
    const first = multipart(
      encodePng(64, 64, () => [0, 80, 160]),
      'logo.png',
    );
    const uploaded = await admin.client.post('/api/university/profile/logo', first.payload, first.headers);
    expect(uploaded.status).toBe(200);
    expect(uploaded.body.logoUrl).toMatch(new RegExp(`^/api/public/universities/${row.id}/logo\\?v=`));
    const image = await client().get(uploaded.body.logoUrl);
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');

    const second = multipart(
      encodePng(80, 80, () => [160, 0, 0]),
      'logo2.png',
    );
    const replaced = await admin.client.post('/api/university/profile/logo', second.payload, second.headers);
    expect(replaced.body.logoUrl).not.toBe(uploaded.body.logoUrl);
    const notPicture = multipart(Buffer.from('not a picture'), 'x.png');
    const refused = await admin.client.post(
      '/api/university/profile/logo',
      notPicture.payload,
      notPicture.headers,
    );
    expect(refused.status).toBe(400);
    expect(refused.body.message).toBe('只能上传JPG或PNG图片');
  });

  it('lists the companies whose 入驻 the university approved, and no others', async () => {
    const { row } = await university();
    const other = await createUniversity(t);
    const entered = await companyWithAdmin(t);
    const pending = await companyWithAdmin(t);
    const elsewhere = await companyWithAdmin(t);
    const entry = (company: typeof entered, universityId: string, state: 'approved' | 'pending') => ({
      kind: 'university_entry' as (typeof reviewRequests.$inferInsert)['kind'],
      state,
      subjectId: company.company.id,
      applicantAccountId: company.admin.id,
      applicantCompanyId: company.company.id,
      reviewerKind: 'university' as const,
      reviewerUniversityId: universityId,
      decidedAt: state === 'approved' ? new Date() : null,
    });
    await t.app.ctx.db
      .insert(reviewRequests)
      .values([
        entry(entered, row.id, 'approved'),
        entry(pending, row.id, 'pending'),
        entry(elsewhere, other.id, 'approved'),
      ]);
    const page = await client().get(`/api/public/universities/${row.id}`);
    expect(page.body.enteredCompanies.map((c: { id: string }) => c.id)).toEqual([entered.company.id]);
  });

  it('the admin adds staff who must change the initial password; members get 403, another university 404', async () => {
    const { row, admin, member } = await university();
    const added = await admin.client.post('/api/university/staff', {
      name: '钱老师',
      loginName: ' Qian@Uni.edu.cn ',
      initialPassword: INITIAL,
    });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({
      name: '钱老师',
      loginName: 'qian@uni.edu.cn',
      role: 'member',
      status: 'active',
      mustChangePassword: true,
    });
    const [stored] = await t.app.ctx.db.select().from(accounts).where(eq(accounts.id, added.body.id));
    expect(stored).toMatchObject({
      role: 'university_staff',
      universityId: row.id,
      universityRole: 'member',
    });

    const list = await admin.client.get('/api/university/staff?page=1&pageSize=2');
    expect(list.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(list.body.items[0]).toMatchObject({ id: admin.account.id, role: 'admin' });

    const taken = await admin.client.post('/api/university/staff', {
      name: '孙老师',
      loginName: member.loginName,
      initialPassword: INITIAL,
    });
    expect(taken.status).toBe(409);
    expect(taken.body.details.fields).toEqual([{ field: 'loginName', reason: '该登录账号已被使用，请更换' }]);

    const newcomer = client();
    expect((await newcomer.login('university', 'qian@uni.edu.cn', INITIAL)).status).toBe(200);
    expect((await newcomer.get('/api/university/profile')).body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await newcomer.post('/api/auth/university/password', {
      oldPassword: INITIAL,
      password: CHOSEN,
      confirmPassword: CHOSEN,
    });
    expect(changed.status).toBe(200);
    expect((await newcomer.get('/api/university/profile')).status).toBe(200);

    const refused = await member.client.get('/api/university/staff');
    expect(refused.status).toBe(403);
    expect(refused.body.message).toBe('只有本校管理员可以管理账号，请联系本校的管理员');
    expect((await member.client.post(`/api/university/staff/${added.body.id}/disable`)).status).toBe(403);

    const stranger = await university();
    for (const path of ['disable', 'enable']) {
      const answer = await stranger.admin.client.post(`/api/university/staff/${added.body.id}/${path}`);
      expect(answer.status).toBe(404);
    }
    const reset = await stranger.admin.client.post(`/api/university/staff/${added.body.id}/reset-password`, {
      initialPassword: INITIAL,
    });
    expect(reset.status).toBe(404);
    expect((await stranger.admin.client.get('/api/university/staff')).body.total).toBe(2);
  });

  it('disabling ends the staff member’s sessions and refuses login; enabling lets them back; not oneself', async () => {
    const { admin, member } = await university();
    expect((await member.client.get('/api/university/profile')).status).toBe(200);
    const stopped = await admin.client.post(`/api/university/staff/${member.account.id}/disable`);
    expect(stopped.status).toBe(200);
    expect(stopped.body.status).toBe('disabled');
    expect((await member.client.get('/api/university/profile')).status).toBe(401);
    expect((await client().login('university', member.loginName, PASSWORD)).body.code).toBe(
      'ACCOUNT_DISABLED',
    );

    const self = await admin.client.post(`/api/university/staff/${admin.account.id}/disable`);
    expect(self.status).toBe(403);
    expect(self.body.message).toBe('不能停用自己的账号');

    expect((await admin.client.post(`/api/university/staff/${member.account.id}/enable`)).body.status).toBe(
      'active',
    );
    expect((await client().login('university', member.loginName, PASSWORD)).status).toBe(200);
  });

  it('resetting a password ends the sessions and forces a change at the next login', async () => {
    const { admin, member } = await university();
    const reset = await admin.client.post(`/api/university/staff/${member.account.id}/reset-password`, {
      initialPassword: 'Reset#2026ok',
    });
    expect(reset.status).toBe(200);
    expect(reset.body.mustChangePassword).toBe(true);
    expect((await member.client.get('/api/university/profile')).status).toBe(401);
    expect((await client().login('university', member.loginName, PASSWORD)).status).toBe(401);
    const again = client();
    expect((await again.login('university', member.loginName, 'Reset#2026ok')).status).toBe(200);
    expect((await again.get('/api/university/profile')).body.code).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('keeps exactly one admin per university, also when 10 are made at once', async () => {
    const { row } = await university();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        createStaffAccount(t.app.ctx, {
          role: 'university_staff',
          universityId: row.id,
          universityRole: 'admin',
          loginName: `race${i}-${row.id}`,
          displayName: '抢管理员',
          password: PASSWORD,
        }),
      ),
    );
    // The university already has its admin: every one of the ten is refused by the index.
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(0);
    const fresh = await createUniversity(t);
    const race = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        createStaffAccount(t.app.ctx, {
          role: 'university_staff',
          universityId: fresh.id,
          universityRole: 'admin',
          loginName: `race${i}-${fresh.id}`,
          displayName: '抢管理员',
          password: PASSWORD,
        }),
      ),
    );
    expect(race.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const admins = await t.app.ctx.db.select().from(accounts).where(eq(accounts.universityId, fresh.id));
    expect(admins.map((a) => a.universityRole)).toEqual(['admin']);
  });
});

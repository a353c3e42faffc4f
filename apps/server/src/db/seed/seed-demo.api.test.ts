import { count, countDistinct, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { TestClient } from '../../../test/http-client';
import { accounts, companies, jobs, universities } from '../schema';
import { DEMO } from './demo-accounts';
import { DEMO_JOB_FAIR_COMPANIES } from './demo-campus-job-fairs';
import { DEMO_CAMPUS_STUDENTS } from './demo-campus-students';
import { DEMO_PLATFORM_REVIEW_APPLICANTS } from './demo-platform-reviews';
import { DEMO_TALENTS } from './demo-talent';
import { seedDemoDataIfEmpty } from './seed-demo';

describe('demo data', () => {
  let t: TestApp;
  let loaded: boolean;
  beforeAll(async () => {
    t = await buildTestApp();
    loaded = await seedDemoDataIfEmpty(t.app.ctx);
  }, 180_000);
  afterAll(() => t.close());

  it('loads 3 universities, 300+ verified companies and 5,000+ jobs over every district', async () => {
    expect(loaded).toBe(true);
    const db = t.database.db;
    expect((await db.select({ n: count() }).from(universities))[0]!.n).toBe(3);
    expect(
      (await db.select({ n: count() }).from(companies).where(eq(companies.verificationState, 'verified')))[0]!
        .n,
    ).toBeGreaterThanOrEqual(300);
    expect((await db.select({ n: count() }).from(jobs))[0]!.n).toBeGreaterThanOrEqual(5000);
    expect((await db.select({ n: countDistinct(jobs.workArea) }).from(jobs))[0]!.n).toBe(18);
    expect((await db.select({ n: countDistinct(jobs.occupation) }).from(jobs))[0]!.n).toBeGreaterThanOrEqual(
      80,
    );
  });

  it('fills the operators’ 单位认证审核 queue: 2 pending with due dates, 1 approved, 1 rejected with the reason', async () => {
    const operator = new TestClient(t.app);
    expect((await operator.login('ops', DEMO.operator.loginName, DEMO.operator.password)).status).toBe(200);
    const pending = await operator.get('/api/ops/reviews?kind=new_company&state=pending');
    expect(pending.body.total).toBe(2);
    for (const item of pending.body.items) expect(item.dueAt).toEqual(expect.any(String));
    const rejected = await operator.get('/api/ops/reviews?kind=new_company&state=rejected');
    expect(rejected.body.items[0].reason).toContain('营业执照');
    expect((await operator.get('/api/ops/reviews?kind=new_company&state=approved')).body.total).toBe(1);
  });

  it('does nothing the second time', async () => {
    expect(await seedDemoDataIfEmpty(t.app.ctx)).toBe(false);
    // One account per role, 申江大学's second staff member, the 人才中心 talents (demo-talent.ts)
    // and 申江大学's students (demo-campus-students.ts), the other companies' HR at its fairs.
    expect((await t.database.db.select({ n: count() }).from(accounts))[0]!.n).toBe(
      7 + DEMO_PLATFORM_REVIEW_APPLICANTS + DEMO_TALENTS + DEMO_CAMPUS_STUDENTS + DEMO_JOB_FAIR_COMPANIES,
    );
  });

  it('gives every role a demo account that logs in to its area', async () => {
    const client = new TestClient(t.app);
    const seeker = await client.login('seeker', DEMO.seeker.idNumber, DEMO.seeker.password);
    expect(seeker.body.account).toMatchObject({ surname: '陈', idNumberMasked: '3101**********0038' });
    const resume = await client.get('/api/seeker/resume');
    expect(resume.body).toMatchObject({ completeness: 100, missing: [], allowRecommendation: true });
    const admin = await client.login('employer', DEMO.employerAdmin.loginName, DEMO.employerAdmin.password);
    expect(admin.body.account).toMatchObject({
      companyRole: 'admin',
      organisation: { kind: 'company', name: DEMO.company.name },
    });
    const member = await client.login(
      'employer',
      DEMO.employerMember.loginName,
      DEMO.employerMember.password,
    );
    expect(member.body.account.companyRole).toBe('member');
    const university = await client.login(
      'university',
      DEMO.universityStaff.loginName,
      DEMO.universityStaff.password,
    );
    expect(university.body.account.organisation).toMatchObject({ kind: 'university', name: '申江大学' });
    // 王老师 is 申江大学's admin (账号管理), with one more staff member; every university has a profile.
    const staff = await client.get('/api/university/staff');
    expect(staff.body.items.map((s: { name: string; role: string }) => [s.name, s.role])).toEqual([
      [DEMO.universityStaff.displayName, 'admin'],
      [DEMO.universityMember.displayName, 'member'],
    ]);
    for (const row of await t.database.db.select().from(universities)) {
      const page = await client.get(`/api/public/universities/${row.id}`);
      expect(page.body.campuses.length).toBeGreaterThan(0);
      expect(page.body.contactEmail).toMatch(/@/);
      expect((await client.get(page.body.logoUrl)).headers['content-type']).toBe('image/png');
    }
    expect((await client.login('ops', DEMO.operator.loginName, DEMO.operator.password)).status).toBe(200);
    const centre = await client.login('centre', DEMO.centreStaff.loginName, DEMO.centreStaff.password);
    expect(centre.body.account.organisation).toMatchObject({ kind: 'district', name: '黄浦区就业促进中心' });
  });
});

describe('demo data loading is all or nothing', () => {
  it('a load that dies at its last step leaves an empty database, and the next start loads it all', async () => {
    const t = await buildTestApp();
    try {
      const dying = {
        ...t.app.ctx,
        log: {
          ...t.app.ctx.log,
          info: () => {
            throw new Error('killed while loading');
          },
        },
      } as unknown as typeof t.app.ctx;
      await expect(seedDemoDataIfEmpty(dying)).rejects.toThrow('killed while loading');
      const db = t.database.db;
      expect((await db.select({ n: count() }).from(accounts))[0]!.n).toBe(0);
      expect((await db.select({ n: count() }).from(universities))[0]!.n).toBe(0);
      expect((await db.select({ n: count() }).from(jobs))[0]!.n).toBe(0);
      expect(await seedDemoDataIfEmpty(t.app.ctx)).toBe(true);
      expect((await db.select({ n: count() }).from(universities))[0]!.n).toBe(3);
    } finally {
      await t.close();
    }
  }, 240_000);
});

import type { Area } from '@openrecruit/shared';
import { count } from 'drizzle-orm';
import { accounts, applications, employerTodos, favourites, jobs } from '../../src/db/schema';
import { createStaffAccount } from '../../src/db/seed/accounts';
import type { TestApp } from '../build-test-app';
import { createApplicant } from '../factories';
import { createIndexedJob } from '../factories/job-search';
import { companyWithAdmin, createUniversity } from '../factories/onboarding';
import { TestClient } from '../http-client';

// The owner the fuzzer acts as, in every area: company A's admin with a job, an application of
// seeker A and a to-do; seeker A with a favourite; an operator, university and centre staff.

const PASSWORD = 'Fuzz#2026ok';

export async function buildFuzzFixtures(t: TestApp) {
  const a = await companyWithAdmin(t);
  const staff: Record<Exclude<Area, 'seeker' | 'employer'>, string> = {
    university: 'fuzz.university',
    ops: 'fuzz.ops',
    centre: 'fuzz.centre',
  };
  const university = await createUniversity(t);
  await createStaffAccount(t.app.ctx, {
    role: 'university_staff',
    universityId: university.id,
    // The admin, so fuzzing reaches 高校信息 and 账号管理 past the admin check.
    universityRole: 'admin',
    loginName: staff.university,
    displayName: '就业中心老师',
    password: PASSWORD,
  });
  await createStaffAccount(t.app.ctx, {
    role: 'operator',
    loginName: staff.ops,
    displayName: '平台审核员',
    password: PASSWORD,
  });
  await createStaffAccount(t.app.ctx, {
    role: 'centre_staff',
    districtCode: '310104',
    loginName: staff.centre,
    displayName: '就业促进中心',
    password: PASSWORD,
  });
  const member = await createStaffAccount(t.app.ctx, {
    role: 'employer',
    companyId: a.company.id,
    companyRole: 'member',
    loginName: 'fuzz.member',
    displayName: '招聘专员',
    password: PASSWORD,
  });
  const seeker = await createApplicant(t.app);

  const logins: Record<Area, () => Promise<TestClient>> = {
    seeker: async () => {
      const client = new TestClient(t.app, '198.18.0.1');
      await client.login('seeker', seeker.person.idNumber, seeker.person.password);
      return client;
    },
    employer: async () => {
      const client = new TestClient(t.app, '198.18.0.2');
      await client.login('employer', a.adminLogin, a.adminPassword);
      return client;
    },
    ...(Object.fromEntries(
      Object.entries(staff).map(([area, loginName], index) => [
        area,
        async () => {
          const client = new TestClient(t.app, `198.18.0.${index + 3}`);
          await client.login(area as Area, loginName, PASSWORD);
          return client;
        },
      ]),
    ) as Record<Exclude<Area, 'seeker' | 'employer'>, () => Promise<TestClient>>),
  };
  const clients = {} as Record<Area, TestClient>;
  for (const [area, login] of Object.entries(logins)) clients[area as Area] = await login();

  const job = await createIndexedJob(t, { companyId: a.company.id });
  const applied = await clients.seeker.post('/api/seeker/applications', { jobId: job.id });
  await clients.seeker.post('/api/seeker/favourites', { jobId: job.id });
  const todo = await clients.employer.post('/api/employer/todos', {
    title: '招聘活动',
    startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
  });
  if (applied.status !== 200 || todo.status !== 200) throw new Error('fuzz fixtures: apply or to-do failed');

  return {
    clients,
    logins,
    anonymous: new TestClient(t.app, '198.18.0.9'),
    /** Real ids of the owner's records, so some inputs get past the lookups into the use cases. */
    ownIds: [job.id, applied.body.application.id, todo.body.id, member.id, a.company.id] as string[],
  };
}

/** The owner's record counts: a refused request must leave every one as it was. */
export async function recordCounts(t: TestApp) {
  const { db } = t.app.ctx;
  const [jobRows, applicationRows, favouriteRows, todoRows, accountRows] = await Promise.all([
    db.select({ n: count() }).from(jobs),
    db.select({ n: count() }).from(applications),
    db.select({ n: count() }).from(favourites),
    db.select({ n: count() }).from(employerTodos),
    db.select({ n: count() }).from(accounts),
  ]);
  return {
    jobs: jobRows[0]!.n,
    applications: applicationRows[0]!.n,
    favourites: favouriteRows[0]!.n,
    todos: todoRows[0]!.n,
    accounts: accountRows[0]!.n,
  };
}

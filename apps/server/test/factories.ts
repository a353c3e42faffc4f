import { randomBytes, randomUUID } from 'node:crypto';
import type { CompanyRight } from '@openrecruit/shared';
import type { FastifyInstance } from 'fastify';
import type { Executor } from '../src/db/client';
import { companies, companyRightTerms, jobs } from '../src/db/schema';
import { createStaffAccount } from '../src/db/seed/accounts';
import { balanceOf } from '../src/modules/billing/ledger-balances';
import { postLedgerRequest } from '../src/modules/billing/post-ledger-request';
import { findAccountByLoginHash } from '../src/modules/identity/accounts.repository';
import { staffLoginHash } from '../src/modules/identity/staff-login';
import { freshIdNumber, signUpSeeker } from './fixtures';
import { TestClient } from './http-client';

// Small factories for API tests: a verified company and its jobs with every required column filled.
// Each takes overrides for what a test cares about. Not the demo generators (db/seed): those are
// deterministic and large; these are quick and unique per call.

export type TestCompanyOverrides = Partial<typeof companies.$inferInsert>;

export async function createTestCompany(db: Executor, overrides: TestCompanyOverrides = {}) {
  const suffix = randomBytes(5).toString('hex').toUpperCase();
  const [company] = await db
    .insert(companies)
    .values({
      name: `测试科技有限公司${suffix}`,
      code: `91310000T${suffix}`,
      codeKind: 'credit_code',
      province: '上海市',
      city: '上海市',
      district: '310101',
      address: '上海市黄浦区人民大道200号',
      landline: '021-63210000',
      email: `contact-${suffix.toLowerCase()}@example.com`,
      recruitEmail: `hr-${suffix.toLowerCase()}@example.com`,
      postcode: '200003',
      nature: 'private',
      industry: 'I',
      verificationState: 'verified',
      verifiedAt: new Date(),
      ...overrides,
    })
    .returning();
  return company!;
}

export type TestCompany = Awaited<ReturnType<typeof createTestCompany>>;

export type TestJobOverrides = Partial<typeof jobs.$inferInsert>;

/** A recruiting job; `companyId` is required so a test says whose job it is. */
export async function createTestJob(db: Executor, overrides: TestJobOverrides & { companyId: string }) {
  const [job] = await db
    .insert(jobs)
    .values({
      title: '行政助理',
      occupation: '行政办事员',
      salaryMin: 6000,
      salaryMax: 8000,
      headcount: 2,
      education: '30',
      ageMin: 18,
      ageMax: 45,
      workNature: '01',
      workArea: '310101',
      address: '上海市黄浦区人民大道200号',
      description: '负责日常行政事务。',
      skills: '熟练使用办公软件。',
      contactName: '张老师',
      contactPhone: '021-63210000',
      ...overrides,
    })
    .returning();
  return job!;
}

let seekerIp = 10;

/**
 * A seeker signed up and logged in through the API, on a client of its own address (sign-up allows
 * 20 attempts an hour per address). `idNumber` picks the person, e.g. freshIdNumber('19900101', '320102').
 */
export async function createSignedInSeeker(
  app: FastifyInstance,
  overrides: Parameters<typeof signUpSeeker>[1] = {},
) {
  seekerIp = seekerIp >= 250 ? 10 : seekerIp + 1;
  const client = new TestClient(app, `203.0.113.${seekerIp}`);
  const person = await signUpSeeker(client, overrides);
  const login = await client.login('seeker', person.idNumber, person.password);
  if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`);
  return { client, person, accountId: login.body.account.id as string };
}

/**
 * A seeker ready to apply: signed in, with 学历 and 政治面貌 completed through the API (seed 000
 * §三.2). `birth` (YYYYMMDD) sets the age the job requirements are checked against.
 */
export async function createApplicant(
  app: FastifyInstance,
  options: { birth?: string; education?: string; name?: string } = {},
) {
  const seeker = await createSignedInSeeker(app, {
    idNumber: freshIdNumber(options.birth ?? '19950601'),
    ...(options.name ? { name: options.name } : {}),
  });
  const profile = await seeker.client.post('/api/seeker/profile/complete', {
    education: options.education ?? '20',
    politicalStatus: '13',
  });
  if (profile.status !== 200) throw new Error(`profile failed: ${JSON.stringify(profile.body)}`);
  return seeker;
}

let employerNumber = 0;

/** An HR member of the company, logged in to the employer console on a client of its own. */
export async function createSignedInEmployer(app: FastifyInstance, companyId: string) {
  employerNumber += 1;
  const loginName = `137${String(employerNumber).padStart(8, '0')}`;
  const password = 'Hr@2026test';
  const account = await createStaffAccount(app.ctx, {
    role: 'employer',
    companyId,
    companyRole: 'member',
    loginName,
    displayName: `招聘专员${employerNumber}`,
    password,
  });
  const client = new TestClient(app, `198.51.100.${(employerNumber % 200) + 20}`);
  const login = await client.login('employer', loginName, password);
  if (login.status !== 200) throw new Error(`employer login failed: ${JSON.stringify(login.body)}`);
  return { client, account, mobile: loginName };
}

/** A staff account by what it logs in with: an employer's mobile is stored only hashed and encrypted. */
export async function findAccountByLogin(app: FastifyInstance, login: string) {
  return findAccountByLoginHash(app.ctx.db, staffLoginHash(app.ctx.cipher, login));
}

/** A platform operator (平台审核员) logged in to /ops on a client of its own address. */
export async function createSignedInOperator(
  app: FastifyInstance,
  options: { loginName: string; ip: string },
) {
  const password = 'Operator#2026';
  const account = await createStaffAccount(app.ctx, {
    role: 'operator',
    loginName: options.loginName,
    displayName: '平台审核员',
    password,
  });
  const client = new TestClient(app, options.ip);
  const login = await client.login('ops', options.loginName, password);
  if (login.status !== 200) throw new Error(`operator login failed: ${JSON.stringify(login.body)}`);
  return { client, account };
}

/**
 * Gives the company `quantity` uses of a right for a year (decision 018: every right is a ledger
 * balance; a company starts with none). Tests of actions that use a right call this first.
 */
export async function grantTestRights(
  db: Executor,
  companyId: string,
  right: CompanyRight,
  quantity: number,
) {
  const expiresAt = new Date(Date.now() + 365 * 86_400_000);
  await db.transaction(async (tx) => {
    await postLedgerRequest(tx, {
      key: `test-grant:${companyId}:${right}:${randomBytes(6).toString('hex')}`,
      purpose: 'test_grant',
      reference: `company:${companyId}`,
      legs: [
        {
          from: { kind: 'rights_granted', right },
          to: { kind: 'company_right', companyId, right },
          amount: quantity,
        },
      ],
    });
    await tx
      .insert(companyRightTerms)
      .values({ companyId, right, expiresAt })
      .onConflictDoUpdate({
        target: [companyRightTerms.companyId, companyRightTerms.right],
        set: { expiresAt },
      });
  });
}

/**
 * 充值快点 by a new company's HR (or by `by`, an earlier order's company and HR): an order for
 * `points`, paid in the sandbox cashier when `paid` (its notice credits the wallet). `wallet()`
 * reads the company's 快点 from the ledger.
 */
export async function createRechargeOrder(
  app: FastifyInstance,
  options: {
    points: number;
    paid: boolean;
    by?: { company: TestCompany; hr: Awaited<ReturnType<typeof createSignedInEmployer>> };
  },
) {
  const company = options.by?.company ?? (await createTestCompany(app.ctx.db));
  const hr = options.by?.hr ?? (await createSignedInEmployer(app, company.id));
  const created = await hr.client.post(
    '/api/employer/points/recharges',
    { points: options.points, agreed: true },
    { 'idempotency-key': randomUUID() },
  );
  if (created.status !== 200) throw new Error(`recharge failed: ${JSON.stringify(created.body)}`);
  const order = created.body as { id: string; outTradeNo: string };
  if (options.paid) {
    const paid = await hr.client.post(`/api/payments/sandbox/${order.outTradeNo}/success`);
    if (paid.status !== 200) throw new Error(`sandbox payment failed: ${JSON.stringify(paid.body)}`);
  }
  const wallet = () => balanceOf(app.ctx.db, { kind: 'company_wallet', companyId: company.id });
  return { company, hr, order, wallet };
}

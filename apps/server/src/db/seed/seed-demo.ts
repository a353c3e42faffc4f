import { count, sql } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { indexNewJobs } from '../../modules/jobs/reindex-jobs';
import { createProviders, type Providers } from '../../providers';
import { OutboxMailProvider } from '../../providers/mail/outbox-mail-provider';
import { SandboxPaymentProvider } from '../../providers/payment/sandbox-payment-provider';
import type { Database, Transaction } from '../client';
import { accounts, companies, jobs, universities } from '../schema';
import { createSeekerAccount, createStaffAccount } from './accounts';
import { generateCompanies } from './company-factory';
import { seedDemoAccountSettings } from './demo-account-settings';
import { DEMO, DEMO_UNIVERSITIES } from './demo-accounts';
import { seedDemoActivity } from './demo-activity';
import { seedDemoCampusBrochures } from './demo-campus-brochures';
import { seedDemoCampusJobFairs } from './demo-campus-job-fairs';
import { seedDemoCampusPresentations } from './demo-campus-presentations';
import { seedDemoCampusStudents } from './demo-campus-students';
import { seedDemoCloudPresentations } from './demo-cloud-presentations';
import { seedDemoCompanyBrand } from './demo-company-brand';
import { seedDemoEmployerJobs } from './demo-employer-jobs';
import { seedDemoInterviews } from './demo-interviews';
import { seedDemoInvoices } from './demo-invoices';
import { seedDemoMall } from './demo-mall';
import { seedDemoMemberships } from './demo-memberships';
import { payForDemoPins, seedDemoPins } from './demo-pins';
import { seedDemoPlatformReviews } from './demo-platform-reviews';
import { seedDemoPoints } from './demo-points';
import { seedDemoResume } from './demo-resume';
import { seedDemoResumes } from './demo-resumes';
import { seedDemoTalent } from './demo-talent';
import { seedDemoUniversityProfiles } from './demo-universities';
import { seedDemoUniversityEntries } from './demo-university-entries';
import { seedDemoVideoFairs } from './demo-video-fairs';
import { seedDemoVideoInterviews } from './demo-video-interviews';
import { seedDictionaries } from './dictionaries';
import { generateJobs } from './job-factory';
import { createRandom } from './random';

export const DEMO_SIZE = { companies: 320, jobs: 5200 } as const;

// Any fixed number: instances starting at once on one PostgreSQL load the demo data one at a time.
const DEMO_SEED_LOCK_ID = 720_451_002;

/**
 * Loads the demo data into an empty database (no accounts yet); does nothing otherwise. All or
 * nothing (issue 10): the whole load is one transaction, the use cases it calls run in savepoints
 * inside it, so a start killed while loading (kill -9, Ctrl-C) leaves an empty database that the
 * next start loads again, never half the demo data and a unique-key error on every later start.
 */
export async function seedDemoDataIfEmpty(ctx: AppContext): Promise<boolean> {
  const seeded = await ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_SEED_LOCK_ID})`);
    const [row] = await tx.select({ n: count() }).from(accounts);
    if ((row?.n ?? 0) > 0) return false;
    await seedDemoData({ ...ctx, db: tx, providers: providersWithin(ctx, tx) });
    return true;
  });
  // The demo's recharges were paid in the sandbox's books inside that transaction: the running
  // sandbox reads them, so 退款 and 对账 of a demo order work at once.
  if (seeded && ctx.providers.payment instanceof SandboxPaymentProvider)
    await ctx.providers.payment.reloadBooks();
  return seeded;
}

/**
 * The providers that write to the database (the SMS outbox, the in-app and WeChat channels) bound to
 * the loading transaction: on PGlite a write on another connection would wait for the transaction
 * forever. Demo data never sends a real SMS, whatever SMS_PROVIDER says.
 */
function providersWithin(ctx: AppContext, tx: Transaction): Providers {
  const config = { ...ctx.config, sms: { provider: 'outbox' } as const };
  return {
    ...createProviders(config, tx as unknown as Database, ctx.cipher, ctx.log),
    storage: ctx.providers.storage,
    // Nor a real e-mail, whatever MAIL_PROVIDER says.
    mail: new OutboxMailProvider(tx as unknown as Database, ctx.cipher, ctx.log),
  };
}

export async function seedDemoData(ctx: AppContext) {
  const started = Date.now();
  const random = createRandom(20261121);
  await seedDictionaries(ctx.db);
  const universityRows = await ctx.db
    .insert(universities)
    .values([...DEMO_UNIVERSITIES])
    .returning();

  const generated = generateCompanies(DEMO_SIZE.companies, random);
  // The demo employer: a manufacturer in 浦东 (its credit code's area 310115), renamed everywhere.
  const demoCompany = generated.find((c) => c.industry === 'C' && c.district === '310115') ?? generated[0]!;
  Object.assign(demoCompany, {
    introduction: demoCompany.introduction.replaceAll(demoCompany.name, DEMO.company.name),
    name: DEMO.company.name,
    code: DEMO.company.code,
    email: 'contact@shenchengtech.com.cn',
    recruitEmail: 'hr@shenchengtech.com.cn',
  });
  const companyRows = await ctx.db
    .insert(companies)
    .values(
      generated.map((company) => ({
        ...company,
        verificationState: 'verified' as const,
        verifiedAt: new Date(),
      })),
    )
    .returning({ id: companies.id, code: companies.code });
  const seeds = new Map(generated.map((company) => [company.code, company]));
  const jobRows = generateJobs({
    companies: companyRows.map((row) => ({ id: row.id, seed: seeds.get(row.code)! })),
    total: DEMO_SIZE.jobs,
    random,
    now: new Date(),
  });
  // Batches keep each statement well under PostgreSQL's 65,535 bind parameters.
  const jobIds: string[] = [];
  for (let i = 0; i < jobRows.length; i += 500) {
    const inserted = await ctx.db
      .insert(jobs)
      .values(jobRows.slice(i, i + 500))
      .returning({ id: jobs.id });
    jobIds.push(...inserted.map((row) => row.id));
  }
  // The job search reads its own index (docs/decisions/008-job-search.md): written with the jobs.
  await indexNewJobs(ctx.db, jobIds);

  const demoCompanyId = companyRows.find((row) => row.code === DEMO.company.code)!.id;
  await seedDemoPins(ctx.db, {
    jobs: jobRows.map((job, i) => ({ id: jobIds[i]!, companyId: job.companyId, workArea: job.workArea })),
    demoCompanyId,
    now: new Date(),
  });
  const demoSeeker = await createSeekerAccount(ctx, DEMO.seeker);
  await createStaffAccount(ctx, {
    ...DEMO.employerAdmin,
    role: 'employer',
    companyId: demoCompanyId,
    companyRole: 'admin',
  });
  await createStaffAccount(ctx, {
    ...DEMO.employerMember,
    role: 'employer',
    companyId: demoCompanyId,
    companyRole: 'member',
  });
  await createStaffAccount(ctx, {
    ...DEMO.universityStaff,
    role: 'university_staff',
    universityId: universityRows[0]!.id,
    universityRole: 'admin',
  });
  await createStaffAccount(ctx, {
    ...DEMO.universityMember,
    role: 'university_staff',
    universityId: universityRows[0]!.id,
  });
  await seedDemoUniversityProfiles(ctx, universityRows);
  await seedDemoUniversityEntries(ctx, { companyId: demoCompanyId, universities: universityRows });
  const operator = await createStaffAccount(ctx, { ...DEMO.operator, role: 'operator' });
  await seedDemoPlatformReviews(ctx, { operatorAccountId: operator.id });
  await createStaffAccount(ctx, { ...DEMO.centreStaff, role: 'centre_staff' });
  await seedDemoAccountSettings(ctx);
  await seedDemoResume(ctx, demoSeeker.id);
  await seedDemoActivity(ctx, { seekerAccountId: demoSeeker.id, companyId: demoCompanyId });
  await seedDemoInterviews(ctx, { companyId: demoCompanyId });
  await seedDemoEmployerJobs(ctx, demoCompanyId);
  await seedDemoCompanyBrand(ctx, demoCompanyId);
  // 充值记录 (3500 快点) before 道具商城, whose demo purchases spend them.
  await seedDemoPoints(ctx, { companyId: demoCompanyId });
  // 开具发票 over those recharges: one issued and mailed, one waiting in 发票管理.
  await seedDemoInvoices(ctx, { companyId: demoCompanyId, operatorAccountId: operator.id });
  // Before the talent downloads: they use the 简历下载 the demo company buys here.
  await seedDemoMall(ctx, { companyId: demoCompanyId, operatorAccountId: operator.id });
  await seedDemoMemberships(ctx, { companyId: demoCompanyId, operatorAccountId: operator.id });
  // The pins booked above are paid with 职位置顶 once the rights exist (decision 018, 使用记录).
  await payForDemoPins(ctx, { demoCompanyId, operatorAccountId: operator.id });
  await seedDemoTalent(ctx, { companyId: demoCompanyId, demoSeekerAccountId: demoSeeker.id });
  await seedDemoResumes(ctx, { companyId: demoCompanyId, demoSeekerAccountId: demoSeeker.id });
  await seedDemoCampusJobFairs(ctx, { companyId: demoCompanyId });
  await seedDemoCampusPresentations(ctx, { companyId: demoCompanyId });
  await seedDemoCampusStudents(ctx, { demoSeekerAccountId: demoSeeker.id, demoCompanyId });
  await seedDemoCampusBrochures(ctx, { companyId: demoCompanyId, demoSeekerAccountId: demoSeeker.id });
  await seedDemoCloudPresentations(ctx, { companyId: demoCompanyId });
  // After the recharges (its fee is paid in 快点) and the students of 申江大学.
  await seedDemoVideoFairs(ctx, { companyId: demoCompanyId });
  // After the fair, its registration and its students (demo-video-fairs.ts).
  await seedDemoVideoInterviews(ctx, { companyId: demoCompanyId, demoSeekerAccountId: demoSeeker.id });
  ctx.log.info(
    {
      companies: companyRows.length,
      jobs: jobRows.length,
      universities: universityRows.length,
      ms: Date.now() - started,
    },
    'demo data loaded',
  );
}

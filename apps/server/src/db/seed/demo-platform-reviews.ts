import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { hashPassword } from '../../lib/password-hash';
import { staffLoginColumns } from '../../modules/identity/staff-login';
import { submitReviewRequest } from '../../modules/reviews/submit-review-request';
import { accounts, companies, reviewRequests } from '../schema';
import { type CompanySeed, generateCompanies } from './company-factory';
import { DEMO } from './demo-accounts';
import { createRandom } from './random';

// The operators' 单位认证审核 queue (seed 002 平台认证, the review engine of ADR 011) with something
// in every tab: two companies signed up yesterday and today (待审核, with their due dates), one
// approved last week (已通过) and one refused with the reason (已驳回). Their applicants are the
// pending admins the wizard would have made; they cannot log in until approved.

const DAY = 86_400_000;

const APPLICANTS = [
  { name: '周海燕', mobile: '13900000011', department: '人力资源部', daysAgo: 1, decision: null },
  { name: '吴俊杰', mobile: '13900000012', department: '行政人事部', daysAgo: 0, decision: null },
  // Approved: the demo's second company, login-ready with an empty wallet (README, DEMO).
  {
    name: DEMO.emptyWalletAdmin.displayName,
    mobile: DEMO.emptyWalletAdmin.loginName,
    department: '人事部',
    daysAgo: 8,
    decision: 'approved',
  },
  {
    name: '孙志强',
    mobile: '13900000014',
    department: '综合管理部',
    daysAgo: 6,
    decision: { reason: '营业执照上的单位名称与填写的单位名称不一致，请核对后重新提交' },
  },
] as const;

/** The applicants' pending or decided employer accounts the demo data adds. */
export const DEMO_PLATFORM_REVIEW_APPLICANTS = APPLICANTS.length;

function verificationFields(company: CompanySeed) {
  const { name, code, province, city, address, landline, email, recruitEmail, postcode, nature, industry } =
    company;
  return { name, code, province, city, address, landline, email, recruitEmail, postcode, nature, industry };
}

export async function seedDemoPlatformReviews(
  ctx: AppContext,
  options: { operatorAccountId: string; now?: Date },
) {
  const now = options.now ?? new Date();
  const seeds = generateCompanies(APPLICANTS.length, createRandom(20261207)).map((company, index) => ({
    ...company,
    // Distinct from the 320 demo companies: these names and codes are the applicants' own.
    name: `上海${['沪联', '浦新', '申泰', '东滨'][index]}${company.name.replace(/^上海/, '')}`,
  }));
  const password = await hashPassword('Demo@2026');
  for (const [index, applicant] of APPLICANTS.entries()) {
    const seed = seeds[index]!;
    const submittedAt = new Date(now.getTime() - applicant.daysAgo * DAY - 3 * 3_600_000);
    const approved = applicant.decision === 'approved';
    const [company] = await ctx.db
      .insert(companies)
      .values({
        ...seed,
        verificationState: applicant.decision === null ? 'pending' : approved ? 'verified' : 'rejected',
        verifiedAt: approved ? new Date(submittedAt.getTime() + DAY) : null,
      })
      .returning({ id: companies.id });
    const [account] = await ctx.db
      .insert(accounts)
      .values({
        role: 'employer',
        ...staffLoginColumns(ctx.cipher, 'employer', applicant.mobile),
        displayName: applicant.name,
        passwordHash: password,
        companyId: company!.id,
        companyRole: 'admin',
        status: approved ? 'active' : 'disabled',
        approvalState: applicant.decision === null ? 'pending' : approved ? 'approved' : 'rejected',
      })
      .returning({ id: accounts.id });
    const { id } = await submitReviewRequest(ctx.db, {
      kind: 'new_company',
      subjectId: company!.id,
      applicantAccountId: account!.id,
      applicantCompanyId: company!.id,
      payload: {
        company: verificationFields(seed),
        applicantDepartment: applicant.department,
        universityIds: [],
      },
      now: submittedAt,
    });
    if (applicant.decision !== null) {
      await ctx.db
        .update(reviewRequests)
        .set({
          state: approved ? 'approved' : 'rejected',
          reason: approved ? null : applicant.decision.reason,
          decidedBy: options.operatorAccountId,
          decidedAt: new Date(submittedAt.getTime() + DAY),
        })
        .where(eq(reviewRequests.id, id));
    }
  }
}

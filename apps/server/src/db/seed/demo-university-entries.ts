import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { submitReviewRequest } from '../../modules/reviews/submit-review-request';
import { accounts, reviewRequests, type universities } from '../schema';

// 入驻高校 (campus issue §3) of the demo company in every state: 申江大学 已入驻 (its staff approved it
// weeks ago), 浦江理工大学 审核中 (submitted yesterday, due in 3 working days), 沪东师范学院 未通过
// with the reason. Submitted through the review engine, so the due dates are the real ones.

const DAY = 86_400_000;

export async function seedDemoUniversityEntries(
  ctx: AppContext,
  options: { companyId: string; universities: (typeof universities.$inferSelect)[]; now?: Date },
) {
  const now = options.now ?? new Date();
  const [admin] = await ctx.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.companyId, options.companyId), eq(accounts.companyRole, 'admin')));
  const byName = (name: string) => options.universities.find((u) => u.name === name)!;
  const submit = async (name: string, daysAgo: number) => {
    const university = byName(name);
    const { id } = await submitReviewRequest(ctx.db, {
      kind: 'university_entry',
      subjectId: options.companyId,
      applicantAccountId: admin!.id,
      applicantCompanyId: options.companyId,
      reviewerUniversityId: university.id,
      payload: { universityName: university.name, source: 'console' },
      now: new Date(now.getTime() - daysAgo * DAY),
    });
    return { id, university };
  };
  const decide = async (
    request: { id: string; university: { id: string } },
    decision: { state: 'approved' | 'rejected'; daysAgo: number; reason?: string },
  ) => {
    const [staff] = await ctx.db
      .select({ id: accounts.id })
      .from(accounts)
      .where(and(eq(accounts.role, 'university_staff'), eq(accounts.universityId, request.university.id)))
      .limit(1);
    await ctx.db
      .update(reviewRequests)
      .set({
        state: decision.state,
        reason: decision.reason ?? null,
        decidedBy: staff?.id ?? null,
        decidedAt: new Date(now.getTime() - decision.daysAgo * DAY),
      })
      .where(eq(reviewRequests.id, request.id));
  };

  await decide(await submit('申江大学', 30), { state: 'approved', daysAgo: 28 });
  await submit('浦江理工大学', 1);
  await decide(await submit('沪东师范学院', 12), {
    state: 'rejected',
    daysAgo: 10,
    reason: '贵单位招聘岗位与我校专业设置匹配度较低，暂不安排入驻',
  });
}

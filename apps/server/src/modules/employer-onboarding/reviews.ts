import {
  maskMobile,
  type ReviewDecisionInput,
  type ReviewKind,
  type ReviewRequest,
  type ReviewState,
} from '@openrecruit/shared';
import { and, desc, eq, inArray, ne, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AppContext } from '../../context';
import type { Executor } from '../../db/client';
import { accounts, companies, companyRegistrationRequests, storedFiles } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { applyVerificationChange } from '../company-settings/apply-verification-change';
import { verificationFieldsOf } from '../company-settings/verification-fields';
import { notifyAccount } from '../notifications/notify-account';

const decider = alias(accounts, 'decider');

async function selectRequests(db: Executor, where: SQL | undefined, page = 1, pageSize = 20) {
  return db
    .select({
      request: companyRegistrationRequests,
      applicant: accounts,
      company: companies,
      deciderName: decider.displayName,
    })
    .from(companyRegistrationRequests)
    .innerJoin(accounts, eq(accounts.id, companyRegistrationRequests.applicantAccountId))
    .innerJoin(companies, eq(companies.id, companyRegistrationRequests.companyId))
    .leftJoin(decider, eq(decider.id, companyRegistrationRequests.decidedBy))
    .where(where)
    .orderBy(desc(companyRegistrationRequests.createdAt), desc(companyRegistrationRequests.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
}
type RequestRow = Awaited<ReturnType<typeof selectRequests>>[number];

async function toReviewRequests(db: Executor, rows: RequestRow[]): Promise<ReviewRequest[]> {
  const fileIds = [...new Set(rows.flatMap((row) => row.request.fileIds))];
  const files = fileIds.length
    ? await db.select().from(storedFiles).where(inArray(storedFiles.id, fileIds))
    : [];
  const companyIds = [...new Set(rows.map((row) => row.company.id))];
  const admins = companyIds.length
    ? await db
        .select({ id: accounts.id, companyId: accounts.companyId, name: accounts.displayName })
        .from(accounts)
        .where(and(inArray(accounts.companyId, companyIds), eq(accounts.companyRole, 'admin')))
    : [];
  return rows.map(({ request, applicant, company, deciderName }) => {
    const submitted = request.companyData as Record<string, string>;
    const source = request.kind !== 'admin_application' && submitted.name ? submitted : company;
    return {
      id: request.id,
      kind: request.kind,
      state: request.state,
      submittedAt: request.createdAt.toISOString(),
      applicant: {
        name: applicant.displayName,
        department: request.applicantDepartment,
        mobileMasked: maskMobile(applicant.loginName ?? ''),
      },
      company: {
        id: company.id,
        name: source.name ?? company.name,
        code: source.code ?? company.code,
        province: source.province,
        city: source.city,
        address: source.address,
        landline: source.landline,
        email: source.email,
        recruitEmail: source.recruitEmail,
        postcode: source.postcode,
        nature: source.nature,
        industry: source.industry,
        currentAdminName:
          admins.find((admin) => admin.companyId === company.id && admin.id !== applicant.id)?.name ?? null,
      },
      // A verification change shows what it replaces: the company's data now, or once approved the
      // data it replaced (kept on the request).
      currentCompany:
        request.kind === 'verification_change'
          ? verificationFieldsOf(
              (submitted as Record<string, unknown>).previous
                ? ((submitted as Record<string, unknown>).previous as Record<string, unknown>)
                : company,
            )
          : null,
      files: request.fileIds.flatMap((id) => {
        const file = files.find((f) => f.id === id);
        return file
          ? [
              {
                id: file.id,
                name: file.originalName,
                contentType: file.contentType,
                url: `/api/ops/files/${file.id}`,
              },
            ]
          : [];
      }),
      decidedBy: deciderName ?? null,
      decidedAt: request.decidedAt ? request.decidedAt.toISOString() : null,
      reason: request.reason,
    };
  });
}

export async function listReviewRequests(
  ctx: AppContext,
  query: { kind?: ReviewKind; state?: ReviewState; page: number; pageSize: number },
) {
  const conditions = [
    query.kind ? eq(companyRegistrationRequests.kind, query.kind) : undefined,
    query.state ? eq(companyRegistrationRequests.state, query.state) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  const rows = await selectRequests(ctx.db, and(...conditions), query.page, query.pageSize);
  return toReviewRequests(ctx.db, rows);
}

export async function getReviewRequest(ctx: AppContext, id: string) {
  const rows = await selectRequests(ctx.db, eq(companyRegistrationRequests.id, id));
  if (!rows.length) throw new AppError('NOT_FOUND', '审核申请不存在');
  return (await toReviewRequests(ctx.db, rows))[0]!;
}

const KIND_TITLE: Record<ReviewKind, string> = {
  new_company: '单位注册申请',
  admin_application: '单位管理员申请',
  verification_change: '单位认证资料变更申请',
};

/**
 * The platform decides a request, once. Approving a new company verifies it and activates its admin;
 * approving an admin application makes the applicant the company's one admin and the old admin a
 * member, in one transaction with the company row locked, so two approvals racing leave one admin.
 */
export async function decideReviewRequest(
  ctx: AppContext,
  operatorId: string,
  id: string,
  input: { decision: ReviewDecisionInput['decision']; reason?: string },
) {
  const decided = await ctx.db.transaction(async (tx) => {
    const [request] = await tx
      .select()
      .from(companyRegistrationRequests)
      .where(eq(companyRegistrationRequests.id, id))
      .for('update');
    if (!request) throw new AppError('NOT_FOUND', '审核申请不存在');
    if (request.state !== 'pending') throw new AppError('INVALID_STATE', '该申请已审核，不能重复审核');
    const now = new Date();
    const approve = input.decision === 'approve';
    await tx
      .update(companyRegistrationRequests)
      .set({
        state: approve ? 'approved' : 'rejected',
        decidedBy: operatorId,
        decidedAt: now,
        reason: approve ? (input.reason ?? null) : input.reason!,
      })
      .where(eq(companyRegistrationRequests.id, id));
    // Lock the company: admin changes of one company happen one at a time.
    await tx
      .select({ id: companies.id })
      .from(companies)
      .where(eq(companies.id, request.companyId))
      .for('update');
    if (!approve) {
      // Only a sign-up (an applicant still pending) is refused an account; a verification change or
      // an admin application by an active member leaves the applicant's account as it is.
      if (request.kind !== 'verification_change')
        await tx
          .update(accounts)
          .set({ approvalState: 'rejected', updatedAt: now })
          .where(and(eq(accounts.id, request.applicantAccountId), eq(accounts.approvalState, 'pending')));
      if (request.kind === 'new_company')
        await tx
          .update(companies)
          .set({ verificationState: 'rejected', updatedAt: now })
          .where(eq(companies.id, request.companyId));
      return request;
    }
    if (request.kind === 'verification_change') {
      // 公司设置 > 认证信息: the submitted data replace the verified ones; the applicant's account is untouched.
      const { previous } = await applyVerificationChange(tx, request);
      await tx
        .update(companyRegistrationRequests)
        .set({ companyData: { ...request.companyData, previous } })
        .where(eq(companyRegistrationRequests.id, id));
      return request;
    }
    if (request.kind === 'new_company') {
      await tx
        .update(companies)
        .set({ verificationState: 'verified', verifiedAt: now, updatedAt: now })
        .where(eq(companies.id, request.companyId));
    } else if (request.kind === 'admin_application') {
      // A member who applied from 申请管理员 and was disabled or closed since is not revived as admin.
      const [applicant] = await tx
        .select({ status: accounts.status, approvalState: accounts.approvalState })
        .from(accounts)
        .where(eq(accounts.id, request.applicantAccountId));
      if (applicant?.approvalState === 'approved' && applicant.status !== 'active')
        throw new AppError('INVALID_STATE', '申请人账号已停用或注销，不能通过该申请');
      await tx
        .update(accounts)
        .set({ companyRole: 'member', updatedAt: now })
        .where(
          and(
            eq(accounts.companyId, request.companyId),
            eq(accounts.companyRole, 'admin'),
            ne(accounts.id, request.applicantAccountId),
          ),
        );
    }
    await tx
      .update(accounts)
      .set({
        status: 'active',
        approvalState: 'approved',
        companyRole: 'admin',
        updatedAt: now,
      })
      .where(eq(accounts.id, request.applicantAccountId));
    return request;
  });

  const [applicant] = await ctx.db.select().from(accounts).where(eq(accounts.id, decided.applicantAccountId));
  const title = `${KIND_TITLE[decided.kind]}${input.decision === 'approve' ? '已通过' : '未通过'}`;
  const body =
    input.decision === 'approve'
      ? decided.kind === 'verification_change'
        ? '您提交的单位认证信息修改已通过平台审核，新的认证信息已生效。'
        : decided.kind === 'admin_application'
          ? '您已成为本单位管理员，可使用联系手机和登录密码登录单位后台。'
          : '您的单位已通过平台认证，可使用联系手机和登录密码登录单位后台。'
      : decided.kind === 'verification_change'
        ? `原因：${input.reason}。原认证信息继续有效，您可以修改后重新提交。`
        : `原因：${input.reason}。如有疑问请联系平台。`;
  await notifyAccount(
    ctx,
    {
      accountId: decided.applicantAccountId,
      kind: input.decision === 'approve' ? 'review_approved' : 'review_rejected',
      title,
      body,
      data: { requestId: id },
      ...(decided.kind === 'verification_change' ? { link: '/employer/company/verification' } : {}),
    },
    // An applicant still waiting cannot log in to read the notice: an SMS tells them too.
    { mobile: decided.kind === 'verification_change' ? null : (applicant?.loginName ?? null) },
  );
  return getReviewRequest(ctx, id);
}

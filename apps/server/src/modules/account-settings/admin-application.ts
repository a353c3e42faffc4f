import type { AdminApplicationStatus } from '@openrecruit/shared';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { accounts, companyRegistrationRequests, storedFiles } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { DOCUMENT_UPLOAD_RULES, storeUpload, type Upload } from '../../lib/stored-uploads';
import type { AccountRow } from '../identity/accounts.repository';

// 申请管理员 (seed 002 公司设置 三): a member of a company uploads the stamped 账号授权书 and asks the
// platform to make them the company's one admin. The ops review (employer-onboarding/reviews.ts)
// decides it and swaps the admins.

function companyOf(account: AccountRow): string {
  if (!account.companyId) throw new AppError('FORBIDDEN');
  return account.companyId;
}

export async function getAdminApplicationStatus(
  ctx: AppContext,
  account: AccountRow,
): Promise<AdminApplicationStatus> {
  const companyId = companyOf(account);
  const [admin] = await ctx.db
    .select({ id: accounts.id, name: accounts.displayName })
    .from(accounts)
    .where(and(eq(accounts.companyId, companyId), eq(accounts.companyRole, 'admin')));
  const [latest] = await ctx.db
    .select()
    .from(companyRegistrationRequests)
    .where(
      and(
        eq(companyRegistrationRequests.applicantAccountId, account.id),
        eq(companyRegistrationRequests.kind, 'admin_application'),
        eq(companyRegistrationRequests.companyId, companyId),
      ),
    )
    .orderBy(desc(companyRegistrationRequests.createdAt))
    .limit(1);
  return {
    isAdmin: admin?.id === account.id,
    currentAdminName: admin?.name ?? null,
    latest: latest
      ? {
          id: latest.id,
          state: latest.state,
          submittedAt: latest.createdAt.toISOString(),
          decidedAt: latest.decidedAt?.toISOString() ?? null,
          reason: latest.reason,
        }
      : null,
  };
}

/** The stamped 账号授权书: JPG, PNG or PDF by magic bytes, at most 5 MB, owned by the uploader. */
export async function storeAuthorisationLetter(ctx: AppContext, account: AccountRow, upload: Upload) {
  companyOf(account);
  const row = await storeUpload(ctx, upload, {
    rules: DOCUMENT_UPLOAD_RULES,
    rateLimitKey: `admin-application-upload:${account.id}`,
    perHour: 20,
    defaultName: 'authorisation',
    ownerAccountId: account.id,
  });
  return { fileId: row.id };
}

/**
 * 申请成为管理员: one pending application per person. The applicant's row is locked, so a double
 * click or two tabs create one request; the letter must be the applicant's own unused upload.
 */
export async function submitAdminApplication(
  ctx: AppContext,
  account: AccountRow,
  input: { authorisationFileId: string },
): Promise<AdminApplicationStatus> {
  const companyId = companyOf(account);
  await ctx.db.transaction(async (tx) => {
    const [me] = await tx.select().from(accounts).where(eq(accounts.id, account.id)).for('update');
    if (!me || me.companyId !== companyId) throw new AppError('FORBIDDEN');
    if (me.companyRole === 'admin') throw new AppError('INVALID_STATE', '您已是单位管理员，无需申请');
    const [pending] = await tx
      .select({ id: companyRegistrationRequests.id })
      .from(companyRegistrationRequests)
      .where(
        and(
          eq(companyRegistrationRequests.applicantAccountId, account.id),
          eq(companyRegistrationRequests.kind, 'admin_application'),
          eq(companyRegistrationRequests.state, 'pending'),
        ),
      );
    if (pending) throw new AppError('ADMIN_APPLICATION_PENDING');
    const [file] = await tx
      .select({ id: storedFiles.id })
      .from(storedFiles)
      .where(and(eq(storedFiles.id, input.authorisationFileId), eq(storedFiles.ownerAccountId, account.id)));
    const [used] = await tx
      .select({ id: companyRegistrationRequests.id })
      .from(companyRegistrationRequests)
      .where(
        sql`${companyRegistrationRequests.fileIds} @> ${JSON.stringify([input.authorisationFileId])}::jsonb`,
      )
      .limit(1);
    if (!file || used) throw AppError.fieldError('authorisationFileId', '请重新上传盖章的账号授权书');
    await tx.insert(companyRegistrationRequests).values({
      kind: 'admin_application',
      companyId,
      applicantAccountId: account.id,
      applicantDepartment: me.department ?? '',
      fileIds: [input.authorisationFileId],
    });
  });
  return getAdminApplicationStatus(ctx, account);
}

import type { CompanySettings } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { type CompanyRow, findCompany, findVerificationChanges } from './company-settings.repository';
import { verificationFieldsOf } from './verification-fields';

/** The console's URLs of the brand files (members only; they change with the file, so they cache). */
export const employerLogoPath = (fileId: string) => `/api/employer/company/logo?v=${fileId}`;
export const employerPhotoPath = (fileId: string) => `/api/employer/company/photos/${fileId}`;

/** The member reading 公司设置: the company is theirs; only its 单位管理员 may edit. */
export type GetCompanySettingsOptions = Pick<CompanyMember, 'companyId' | 'isAdmin'>;

/** 公司设置 as any member of the company sees it: 基本资料, 认证信息 with a pending change, 雇主品牌. */
export async function getCompanySettings(
  ctx: AppContext,
  options: GetCompanySettingsOptions,
): Promise<CompanySettings> {
  const company = requireFound(await findCompany(ctx.db, options.companyId), '单位不存在');
  const changes = await findVerificationChanges(ctx.db, company.id);
  return describeCompanySettings(company, changes, options.isAdmin);
}

type ChangeRow = Awaited<ReturnType<typeof findVerificationChanges>>[number];

export function describeCompanySettings(
  company: CompanyRow,
  changes: ChangeRow[],
  canEdit: boolean,
): CompanySettings {
  const pending = changes.find((change) => change.state === 'pending');
  // Newest first: a rejection is shown until a later change is approved.
  const lastDecided = changes.find((change) => change.state !== 'pending');
  const rejected = lastDecided?.state === 'rejected' ? lastDecided : undefined;
  return {
    companyId: company.id,
    canEdit,
    basic: {
      name: company.name,
      shortName: company.shortName,
      scale: company.scale,
      website: company.website,
    },
    verification: {
      state: company.verificationState,
      verifiedAt: company.verifiedAt?.toISOString() ?? null,
      current: verificationFieldsOf(company),
      pendingChange: pending
        ? {
            requestId: pending.id,
            submittedAt: pending.createdAt.toISOString(),
            data: verificationFieldsOf(pending.companyData),
          }
        : null,
      lastRejection: rejected
        ? {
            requestId: rejected.id,
            submittedAt: rejected.createdAt.toISOString(),
            decidedAt: rejected.decidedAt?.toISOString() ?? null,
            reason: rejected.reason,
            data: verificationFieldsOf(rejected.companyData),
          }
        : null,
    },
    brand: {
      introduction: company.introduction,
      benefitTags: company.benefitTags,
      logo: company.logoFileId ? { id: company.logoFileId, url: employerLogoPath(company.logoFileId) } : null,
      photos: company.photoFileIds.map((id) => ({ id, url: employerPhotoPath(id) })),
    },
  };
}

import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { findCompany, findStoredFile } from './company-settings.repository';

/**
 * A brand file (logo, or one of the photos when `photoId` is given) of the company, only while it is
 * the company's current one; `publicOnly` also requires a verified company, since seekers never see
 * an unverified one (docs/decisions/009-employer-onboarding.md).
 */
export async function readBrandFile(
  ctx: AppContext,
  options: { companyId: string; photoId?: string; publicOnly: boolean },
) {
  const company = await findCompany(ctx.db, options.companyId);
  const notFound = new AppError('NOT_FOUND', '图片不存在');
  if (!company || (options.publicOnly && company.verificationState !== 'verified')) throw notFound;
  const fileId = options.photoId
    ? company.photoFileIds.find((id) => id === options.photoId)
    : company.logoFileId;
  if (!fileId) throw notFound;
  const file = await findStoredFile(ctx.db, fileId);
  if (!file) throw notFound;
  return { contentType: file.contentType, data: await ctx.providers.storage.get(file.storageKey) };
}

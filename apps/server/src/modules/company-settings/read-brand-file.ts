import type { AppContext } from '../../context';
import { notFound } from '../../plugins/access';
import { findCompany, findStoredFile } from './company-settings.repository';

export interface ReadBrandFileOptions {
  /** The caller's own company (console), or the company of a public job page. */
  companyId: string;
  photoId?: string;
  publicOnly: boolean;
}

/**
 * A brand file (logo, or one of the photos when `photoId` is given) of the company, only while it is
 * the company's current one; `publicOnly` also requires a verified company, since seekers never see
 * an unverified one (docs/decisions/009-employer-onboarding.md).
 */
export async function readBrandFile(ctx: AppContext, options: ReadBrandFileOptions) {
  const company = await findCompany(ctx.db, options.companyId);
  const missing = () => notFound('图片不存在');
  if (!company || (options.publicOnly && company.verificationState !== 'verified')) throw missing();
  const fileId = options.photoId
    ? company.photoFileIds.find((id) => id === options.photoId)
    : company.logoFileId;
  if (!fileId) throw missing();
  const file = await findStoredFile(ctx.db, fileId);
  if (!file) throw missing();
  return { contentType: file.contentType, data: await ctx.providers.storage.get(file.storageKey) };
}

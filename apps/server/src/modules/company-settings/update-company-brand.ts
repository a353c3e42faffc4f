import type { CompanySettings, UpdateCompanyBrandInput } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import type { CompanyAdmin } from '../../plugins/access';
import { companyChanged } from './company-changed';
import { updateCompany } from './company-settings.repository';
import { getCompanySettings } from './get-company-settings';

export type UpdateCompanyBrandOptions = z.output<typeof UpdateCompanyBrandInput> & { admin: CompanyAdmin };

/** 雇主品牌: 单位介绍 and 福利标签, shown to seekers on the company's job pages at once. */
export async function updateCompanyBrand(
  ctx: AppContext,
  options: UpdateCompanyBrandOptions,
): Promise<CompanySettings> {
  const { admin } = options;
  await updateCompany(ctx.db, admin.companyId, {
    introduction: options.introduction,
    benefitTags: options.benefitTags,
  });
  await publishAfterCommit(ctx, companyChanged(admin.companyId));
  return getCompanySettings(ctx, admin);
}

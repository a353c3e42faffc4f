import type { CompanySettings, UpdateCompanyBrandInput } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { CompanyCaller } from './company-access';
import { publishCompanySettingsChanged } from './company-events';
import { updateCompany } from './company-settings.repository';
import { getCompanySettings } from './get-company-settings';

/** 雇主品牌: 单位介绍 and 福利标签, shown to seekers on the company's job pages at once. */
export async function updateCompanyBrand(
  ctx: AppContext,
  admin: CompanyCaller,
  input: z.output<typeof UpdateCompanyBrandInput>,
): Promise<CompanySettings> {
  await updateCompany(ctx.db, admin.companyId, {
    introduction: input.introduction,
    benefitTags: input.benefitTags,
  });
  await publishCompanySettingsChanged(ctx, admin.companyId);
  return getCompanySettings(ctx, admin);
}

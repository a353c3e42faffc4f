import type { CompanySettings, UpdateCompanyBasicInput } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { CompanyCaller } from './company-access';
import { publishCompanySettingsChanged } from './company-events';
import { updateCompany } from './company-settings.repository';
import { getCompanySettings } from './get-company-settings';

/** 基本资料 (单位简称, 单位规模, 单位网址): in force at once, no review (seed 002 公司设置). */
export async function updateCompanyBasic(
  ctx: AppContext,
  admin: CompanyCaller,
  input: z.output<typeof UpdateCompanyBasicInput>,
): Promise<CompanySettings> {
  await updateCompany(ctx.db, admin.companyId, {
    shortName: input.shortName,
    scale: input.scale,
    website: input.website,
  });
  await publishCompanySettingsChanged(ctx, admin.companyId);
  return getCompanySettings(ctx, admin);
}

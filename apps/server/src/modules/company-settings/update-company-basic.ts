import type { CompanySettings, UpdateCompanyBasicInput } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import type { CompanyAdmin } from '../../plugins/access';
import { companyChanged } from './company-changed';
import { updateCompany } from './company-settings.repository';
import { getCompanySettings } from './get-company-settings';

export type UpdateCompanyBasicOptions = z.output<typeof UpdateCompanyBasicInput> & { admin: CompanyAdmin };

/** 基本资料 (单位简称, 单位规模, 单位网址): in force at once, no review (seed 002 公司设置). */
export async function updateCompanyBasic(
  ctx: AppContext,
  options: UpdateCompanyBasicOptions,
): Promise<CompanySettings> {
  const { admin } = options;
  await updateCompany(ctx.db, admin.companyId, {
    shortName: options.shortName,
    scale: options.scale,
    website: options.website,
  });
  await publishAfterCommit(ctx, companyChanged(admin.companyId));
  return getCompanySettings(ctx, admin);
}

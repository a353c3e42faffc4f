import type { MallPackageList } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { CompanyMember, Operator } from '../../plugins/access';
import { findPackageRows } from './mall.repository';
import { mapPackage } from './map-package';

export type FindMallPackagesOptions = { member: CompanyMember } | { operator: Operator };

/** 购买道具包 lists the packages on sale; 套餐与价格 (an operator) lists every package. */
export async function findMallPackages(
  ctx: AppContext,
  options: FindMallPackagesOptions,
): Promise<MallPackageList> {
  const rows = await findPackageRows(ctx.db, { all: 'operator' in options });
  return { items: rows.map(mapPackage) };
}

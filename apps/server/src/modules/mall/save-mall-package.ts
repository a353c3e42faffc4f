import type { MallPackage, MallPackageInput } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { type Operator, requireFound } from '../../plugins/access';
import { recordSecurityEvent } from '../identity/security-events';
import { insertPackageRow, updatePackageRow } from './mall.repository';
import { mapPackage } from './map-package';

export interface SaveMallPackageOptions {
  operator: Operator;
  /** The package to edit; a new one when absent (新增). */
  packageId?: string;
  input: z.output<typeof MallPackageInput>;
  ip: string;
}

/**
 * 套餐与价格 新增/编辑 (上架/下架 is an edit of `active`). A new price counts for purchases from now
 * on; what was bought keeps its rights. Every change is written to the audit log.
 */
export async function saveMallPackage(
  ctx: AppContext,
  options: SaveMallPackageOptions,
): Promise<MallPackage> {
  const { operator, packageId, input } = options;
  const values = { ...input, updatedBy: operator.accountId };
  const row = packageId
    ? requireFound(await updatePackageRow(ctx.db, packageId, values), '套餐不存在')
    : await insertPackageRow(ctx.db, values);
  await recordSecurityEvent(ctx, {
    kind: 'mall_package_saved',
    accountId: operator.accountId,
    ip: options.ip,
    detail: { packageId: row.id, created: !packageId, ...input },
  });
  return mapPackage(row);
}

import { live, type PurchaseResult } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { type CompanyMember, notFound } from '../../plugins/access';
import { balanceOf } from '../billing/ledger-balances';
import { readCompanyRights } from './company-rights';
import { grantCompanyRights } from './grant-company-rights';
import { lockPackageRow } from './mall.repository';
import { packageContents } from './map-package';

const DAY_MS = 86_400_000;

export interface PurchasePackageOptions {
  member: CompanyMember;
  packageId: string;
  /** The page's Idempotency-Key: a retry of the same 购买 answers the first purchase. */
  idempotencyKey: string;
}

/**
 * 购买道具包 (seed 002 二): in one transaction the package's price leaves the company's wallet, its
 * rights arrive in the company's right accounts (one ledger request, so both or neither), and
 * each right's term becomes the later of the current one and now + the package's validity.
 * A wallet short of the price is refused with INSUFFICIENT_POINTS and nothing changes.
 */
export async function purchasePackage(
  ctx: AppContext,
  options: PurchasePackageOptions,
): Promise<PurchaseResult> {
  const { member, packageId } = options;
  const { companyId } = member;
  const outcome = await ctx.db.transaction(async (tx) => {
    const row = await lockPackageRow(tx, packageId);
    if (!row?.active) throw notFound('该道具包不存在或已下架');
    const receipt = await grantCompanyRights(tx, {
      companyId,
      key: `company:${companyId}:package_purchase:${options.idempotencyKey}`,
      purpose: 'package_purchase',
      reference: `package:${row.id}`,
      requestedBy: member.accountId,
      contents: packageContents(row),
      expiresAt: new Date(Date.now() + row.validityDays * DAY_MS),
      payment: [
        {
          from: { kind: 'company_wallet', companyId },
          to: { kind: 'points_earned' },
          amount: row.pricePoints,
        },
      ],
    });
    return { row, replayed: receipt.replayed };
  });
  if (!outcome.replayed) {
    await publishAfterCommit(ctx, live.company(companyId, { type: 'rights.changed', data: {} }));
  }
  return {
    packageId: outcome.row.id,
    pricePoints: outcome.row.pricePoints,
    points: await balanceOf(ctx.db, { kind: 'company_wallet', companyId }),
    replayed: outcome.replayed,
    rights: await readCompanyRights(ctx.db, companyId),
  };
}

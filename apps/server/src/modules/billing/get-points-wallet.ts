import { POINT_PRICE_FEN, type PointsWallet, RECHARGE_PRESETS } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { CompanyMember } from '../../plugins/access';
import { balanceOf } from './ledger-balances';
import { findCompanyName } from './payment-orders.repository';

export interface GetPointsWalletOptions {
  member: CompanyMember;
}

/** The company's 快点 balance, with what 充值快点 offers. */
export async function getPointsWallet(
  ctx: AppContext,
  options: GetPointsWalletOptions,
): Promise<PointsWallet> {
  const { companyId } = options.member;
  return {
    companyName: (await findCompanyName(ctx.db, companyId)) ?? '',
    balance: await balanceOf(ctx.db, { kind: 'company_wallet', companyId }),
    pricePerPointFen: POINT_PRICE_FEN,
    presets: [...RECHARGE_PRESETS],
  };
}

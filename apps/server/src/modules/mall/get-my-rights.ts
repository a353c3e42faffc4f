import type { MyRights } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { CompanyMember } from '../../plugins/access';
import { balanceOf } from '../billing/ledger-balances';
import { readCompanyRights } from './company-rights';

export interface GetMyRightsOptions {
  member: CompanyMember;
}

/**
 * 我的权益 (seed 002 四): the 快点 balance and each right with 剩余, 已使用 and 到期时间. Memberships
 * (VIP/SVIP) are not sold yet: `membership` is null and the page says how to ask for one.
 */
export async function getMyRights(ctx: AppContext, options: GetMyRightsOptions): Promise<MyRights> {
  const { companyId } = options.member;
  return {
    points: await balanceOf(ctx.db, { kind: 'company_wallet', companyId }),
    rights: await readCompanyRights(ctx.db, companyId),
    membership: null,
  };
}

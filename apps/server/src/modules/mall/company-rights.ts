import { COMPANY_RIGHTS, type CompanyRight, type CompanyRightBalance } from '@openrecruit/shared';
import type { Executor } from '../../db/client';
import { balanceOf } from '../billing/ledger-balances';
import { findRightTermRows, findUsedTotals } from './mall.repository';

/** The company's balance of each right: 剩余, 已使用, 到期时间 (我的权益, and a purchase's answer). */
export async function readCompanyRights(
  db: Executor,
  companyId: string,
  now = new Date(),
): Promise<CompanyRightBalance[]> {
  const [terms, used] = await Promise.all([findRightTermRows(db, companyId), findUsedTotals(db, companyId)]);
  const rights = Object.keys(COMPANY_RIGHTS) as CompanyRight[];
  return Promise.all(
    rights.map(async (right) => {
      const term = terms.find((row) => row.right === right);
      return {
        right,
        ...COMPANY_RIGHTS[right],
        remaining: await balanceOf(db, { kind: 'company_right', companyId, right }),
        used: used.find((row) => row.unit === `right:${right}`)?.used ?? 0,
        expiresAt: term?.expiresAt.toISOString() ?? null,
        expired: term ? term.expiresAt <= now : false,
      };
    }),
  );
}

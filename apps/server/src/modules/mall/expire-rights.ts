import { live } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { balanceOf } from '../billing/ledger-balances';
import { postLedgerRequest } from '../billing/post-ledger-request';
import { findEndedTerms, lockRightTerms } from './mall.repository';
import { isCompanyRight } from './map-package';

export interface ExpireRightsOptions {
  now: Date;
}

/**
 * What is left of a right whose term ended moves to rights_expired through the ledger (我的权益
 * shows 0, 使用记录 a row 已过期). The key names the term, so a second run, or a second instance,
 * moves nothing; a purchase that extended the term meanwhile keeps the rights (the term is
 * locked and read again).
 */
export async function expireRights(
  ctx: AppContext,
  options: ExpireRightsOptions,
): Promise<{ expired: number }> {
  let expired = 0;
  for (const term of await findEndedTerms(ctx.db, options.now)) {
    const { companyId, right } = term;
    if (!isCompanyRight(right)) continue;
    const moved = await ctx.db.transaction(async (tx) => {
      const [current] = await lockRightTerms(tx, companyId, [right]);
      if (!current || current.expiresAt > options.now) return false;
      const left = await balanceOf(tx, { kind: 'company_right', companyId, right });
      if (left <= 0) return false;
      const receipt = await postLedgerRequest(tx, {
        key: `right-expiry:${companyId}:${right}:${current.expiresAt.toISOString()}`,
        purpose: 'right_expiry',
        reference: `right_term:${right}:${current.expiresAt.toISOString()}`,
        legs: [
          {
            from: { kind: 'company_right', companyId, right },
            to: { kind: 'rights_expired', right },
            amount: left,
          },
        ],
      });
      return !receipt.replayed;
    });
    if (moved) {
      expired += 1;
      await publishAfterCommit(ctx, live.company(companyId, { type: 'rights.changed', data: { right } }));
    }
  }
  return { expired };
}

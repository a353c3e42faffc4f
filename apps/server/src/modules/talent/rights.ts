import { COMPANY_RIGHTS, type CompanyRight } from '@openrecruit/shared';
import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import { balanceOf } from '../billing/ledger-balances';
import { postLedgerRequest } from '../billing/post-ledger-request';
import { findRightTerm } from './talent.repository';

export { COMPANY_RIGHTS, type CompanyRight };

export interface RightUse {
  companyId: string;
  right: CompanyRight;
  /** What the use was for, e.g. `resume_download:<seekerAccountId>`: the ledger's link back. */
  reference: string;
  /** Who asked; null only for the demo data's pins of companies without an account. */
  usedBy: string | null;
  quantity?: number;
}

export function rightExhausted(right: CompanyRight) {
  return new AppError('RIGHT_EXHAUSTED', `您的${COMPANY_RIGHTS[right].label}权益已用完，请前往道具商城购买`);
}

/** A use of several (置顶 days) beyond what is left says how many are left and how many it needs. */
function rightShort(right: CompanyRight, remaining: number, needed: number) {
  const { label, unit } = COMPANY_RIGHTS[right];
  return new AppError(
    'RIGHT_EXHAUSTED',
    `您的${label}剩余${remaining}${unit}，本次需要${needed}${unit}，请前往道具商城购买道具包`,
  );
}

/**
 * The one place a company's right is consumed (decision 018): a ledger debit of the company's
 * right account, in the transaction of the action it pays for, so a failed action takes its use
 * back with it. The key is the use's reference, so the same use asked twice is charged once; the
 * ledger's guarded debit refuses a use beyond the balance, and a right whose term has ended
 * (company_right_terms.expires_at) is refused even before the expiry job moves what was left.
 */
export async function consumeRight(tx: Executor, use: RightUse) {
  const term = await findRightTerm(tx, use.companyId, use.right);
  if (!term || term.expiresAt.getTime() <= Date.now()) throw rightExhausted(use.right);
  const quantity = use.quantity ?? 1;
  const debit = { kind: 'company_right' as const, companyId: use.companyId, right: use.right };
  return postLedgerRequest(tx, {
    key: `right:${use.companyId}:${use.reference}`,
    purpose: 'right_use',
    reference: use.reference,
    requestedBy: use.usedBy,
    legs: [{ from: debit, to: { kind: 'rights_used', right: use.right }, amount: quantity }],
  }).catch(async (error: unknown) => {
    // The guarded debit refused without failing the statement: the balance can still be read.
    if (quantity === 1 || !(error instanceof AppError) || error.code !== 'RIGHT_EXHAUSTED') throw error;
    throw rightShort(use.right, await balanceOf(tx, debit), quantity);
  });
}

import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import { insertRightUse, lockCompanyRights } from './talent.repository';

/** The rights (道具/会员 权益) a company consumes, with the words the console and errors use. */
export const COMPANY_RIGHTS = {
  resume_download: { label: '简历下载' },
} as const;
export type CompanyRight = keyof typeof COMPANY_RIGHTS;

export interface RightUse {
  companyId: string;
  right: CompanyRight;
  /** What the use was for, e.g. `resume_download:<seekerAccountId>`: the ledger's link back. */
  reference: string;
  usedBy: string;
  quantity?: number;
}

/**
 * How many uses of the right the company has left. Unlimited until the mall issue sells rights;
 * its ledger answers here (docs/decisions/010-employer-console.md §5).
 */
async function remainingUses(_tx: Executor, _companyId: string, _right: CompanyRight): Promise<number> {
  return Number.POSITIVE_INFINITY;
}

/**
 * The one place a company's right is consumed. Call inside the transaction of the action it pays
 * for: the company row is locked first, so two uses by one company check the balance and write
 * one after the other, and a failed action takes its use back with it.
 */
export async function consumeRight(tx: Executor, use: RightUse) {
  const quantity = use.quantity ?? 1;
  await lockCompanyRights(tx, use.companyId);
  if ((await remainingUses(tx, use.companyId, use.right)) < quantity) {
    throw new AppError(
      'RIGHT_EXHAUSTED',
      `您的${COMPANY_RIGHTS[use.right].label}权益已用完，请前往道具商城购买`,
    );
  }
  return insertRightUse(tx, {
    companyId: use.companyId,
    right: use.right,
    quantity,
    reference: use.reference,
    usedBy: use.usedBy,
  });
}

import type { CompanyRight } from '@openrecruit/shared';
import type { Executor } from '../../db/client';
import { type LedgerLeg, type LedgerReceipt, postLedgerRequest } from '../billing/post-ledger-request';
import { extendRightTerm, lockRightTerms, openRightTerms } from './mall.repository';

export interface GrantCompanyRightsOptions {
  companyId: string;
  /** The ledger request's key, purpose, reference and who asked (see postLedgerRequest). */
  key: string;
  purpose: string;
  reference: string;
  requestedBy: string;
  contents: { right: CompanyRight; quantity: number }[];
  /** Until when they may be used: each right's term becomes the later of this and its current one. */
  expiresAt: Date;
  /** What pays for them in the same request (a package's price out of the wallet), if anything. */
  payment?: LedgerLeg[];
}

/**
 * The one way rights arrive (a package bought, a membership granted): in the caller's transaction,
 * the terms are opened and locked first (the order the expiry job takes them in), the rights are credited
 * from `rights_granted` with the payment in one ledger request (both or neither), and the terms
 * extended; a replayed request extends nothing again.
 */
export async function grantCompanyRights(
  tx: Executor,
  options: GrantCompanyRightsOptions,
): Promise<LedgerReceipt> {
  const { companyId, contents } = options;
  const rights = contents.map((item) => item.right);
  await openRightTerms(tx, companyId, rights);
  await lockRightTerms(tx, companyId, rights);
  const receipt = await postLedgerRequest(tx, {
    key: options.key,
    purpose: options.purpose,
    reference: options.reference,
    requestedBy: options.requestedBy,
    legs: [
      ...(options.payment ?? []),
      ...contents.map(({ right, quantity }) => ({
        from: { kind: 'rights_granted' as const, right },
        to: { kind: 'company_right' as const, companyId, right },
        amount: quantity,
      })),
    ],
  });
  if (!receipt.replayed)
    for (const { right } of contents)
      await extendRightTerm(tx, { companyId, right, expiresAt: options.expiresAt });
  return receipt;
}

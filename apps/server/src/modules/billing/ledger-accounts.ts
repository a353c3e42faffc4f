import type { CompanyRight } from '../talent/rights';

// The ledger's accounts (decision 017). A company holds its 快点 wallet and one balance per right;
// the platform holds the other side of every movement, so that the balances of one unit always
// add up to zero.

/** `fen` (money, CNY), `point` (whole 快点) or `right:<kind>` (uses of one right). */
export type LedgerUnit = 'fen' | 'point' | `right:${CompanyRight}`;

export type LedgerAccountRef =
  /** A company's 快点 wallet. */
  | { kind: 'company_wallet'; companyId: string }
  /** A company's remaining uses of one right (bought in a package or included in a membership). */
  | { kind: 'company_right'; companyId: string; right: CompanyRight }
  /** 快点 the platform sold (credited to wallets): goes below zero by what is in circulation. */
  | { kind: 'points_issued' }
  /** 快点 companies spent (on packages, fairs, tweets). */
  | { kind: 'points_earned' }
  /** Money the payment provider collected for the platform: below zero by what it owes us. */
  | { kind: 'provider_clearing' }
  /** Money received for recharges (less refunds). */
  | { kind: 'money_received' }
  /** Uses of a right the platform granted: below zero by what is granted. */
  | { kind: 'rights_granted'; right: CompanyRight }
  /** Uses of a right companies consumed. */
  | { kind: 'rights_used'; right: CompanyRight }
  /** Uses of a right left unused when its term ended. */
  | { kind: 'rights_expired'; right: CompanyRight };

export function unitOf(ref: LedgerAccountRef): LedgerUnit {
  switch (ref.kind) {
    case 'company_wallet':
    case 'points_issued':
    case 'points_earned':
      return 'point';
    case 'provider_clearing':
    case 'money_received':
      return 'fen';
    case 'company_right':
    case 'rights_granted':
    case 'rights_used':
    case 'rights_expired':
      return `right:${ref.right}`;
  }
}

/** Only the platform's issuing and clearing accounts may go below zero. */
export function mayGoNegative(ref: LedgerAccountRef): boolean {
  return ref.kind === 'points_issued' || ref.kind === 'provider_clearing' || ref.kind === 'rights_granted';
}

export function companyOf(ref: LedgerAccountRef): string | null {
  return 'companyId' in ref ? ref.companyId : null;
}

/** One stable text per account, to sort by (locks in one order) and to fingerprint requests. */
export function accountName(ref: LedgerAccountRef): string {
  return [ref.kind, unitOf(ref), companyOf(ref) ?? 'platform'].join('/');
}

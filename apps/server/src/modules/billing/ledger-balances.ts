import type { Executor } from '../../db/client';
import { findBalanceMismatches, findLedgerAccount, sumBalancesByUnit } from './ledger.repository';
import { companyOf, type LedgerAccountRef, unitOf } from './ledger-accounts';

/** An account's balance (0 for one never used). */
export async function balanceOf(db: Executor, ref: LedgerAccountRef): Promise<number> {
  const account = await findLedgerAccount(db, {
    kind: ref.kind,
    unit: unitOf(ref),
    companyId: companyOf(ref),
  });
  return account?.balance ?? 0;
}

export interface LedgerAudit {
  /** Units whose balances do not add up to zero (value lost or made up). */
  unbalancedUnits: { unit: string; total: string }[];
  /** Accounts whose cached balance is not the sum of their transfers. */
  mismatchedAccounts: { id: string; balance: string; computed: string }[];
}

/** The ledger's invariants, checked over every account: what tests and reconciliation rely on. */
export async function auditLedger(db: Executor): Promise<LedgerAudit> {
  const sums = await sumBalancesByUnit(db);
  return {
    unbalancedUnits: sums.filter((row) => row.total !== '0'),
    mismatchedAccounts: await findBalanceMismatches(db),
  };
}

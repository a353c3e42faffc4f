import { createHash } from 'node:crypto';
import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import { COMPANY_RIGHTS } from '../talent/rights';
import {
  creditLedgerAccount,
  debitLedgerAccount,
  ensureLedgerAccount,
  findLedgerRequest,
  findTransfersOfRequest,
  insertLedgerRequest,
  insertLedgerTransfers,
  type LedgerTransferRow,
  lockLedgerAccounts,
  type NewLedgerTransfer,
} from './ledger.repository';
import {
  accountName,
  companyOf,
  type LedgerAccountRef,
  type LedgerUnit,
  mayGoNegative,
  unitOf,
} from './ledger-accounts';

/** One movement of a request: `amount` units from one account to another of the same unit. */
export interface LedgerLeg {
  from: LedgerAccountRef;
  to: LedgerAccountRef;
  amount: number;
}

/** What moves value, and why: the key makes a retry answer the first result. */
export interface LedgerRequest {
  /** Chosen by the caller (the client's idempotency key, or one derived from what is paid for). */
  key: string;
  /** What it is for: `recharge`, `package_purchase`, `right_use`, `refund`, … */
  purpose: string;
  /** The record it belongs to, e.g. `order:<id>` or `resume_download:<seekerAccountId>`. */
  reference: string;
  requestedBy?: string | null;
  legs: LedgerLeg[];
}

export interface LedgerReceipt {
  key: string;
  /** True when the key was posted before: nothing moved now, this is the first answer. */
  replayed: boolean;
  transfers: {
    id: string;
    debitAccountId: string;
    creditAccountId: string;
    amount: number;
    unit: string;
    debitBalanceAfter: number;
    creditBalanceAfter: number;
    createdAt: string;
  }[];
}

/**
 * The one way value moves (decision 017). Call it inside the transaction of what it pays for: the
 * request's key is recorded first (a concurrent retry waits for it, then answers the first
 * result; the same key asking for something else is refused), the accounts are locked in one
 * order, every debit is refused that would take a company's balance below zero, and the
 * transfers are appended with the balances after them. Nothing is ever updated or deleted.
 */
export async function postLedgerRequest(tx: Executor, request: LedgerRequest): Promise<LedgerReceipt> {
  for (const leg of request.legs) checkLeg(leg);
  if (request.legs.length === 0) throw new Error('a ledger request moves something');
  const fingerprint = fingerprintOf(request);
  const recorded = await insertLedgerRequest(tx, {
    key: request.key,
    fingerprint,
    purpose: request.purpose,
    reference: request.reference,
    requestedBy: request.requestedBy ?? null,
  });
  if (!recorded) {
    const first = await findLedgerRequest(tx, request.key);
    if (first?.fingerprint !== fingerprint) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    return receiptOf(request.key, true, await findTransfersOfRequest(tx, request.key));
  }

  const ids = new Map<string, string>();
  // Opened in one order too: two requests opening the same new accounts wait, never cross.
  const refs = request.legs
    .flatMap((leg) => [leg.from, leg.to])
    .sort((a, b) => accountName(a).localeCompare(accountName(b)));
  for (const ref of refs) {
    const name = accountName(ref);
    if (ids.has(name)) continue;
    const account = await ensureLedgerAccount(tx, {
      kind: ref.kind,
      unit: unitOf(ref),
      companyId: companyOf(ref),
      mayGoNegative: mayGoNegative(ref),
    });
    ids.set(name, account!.id);
  }
  await lockLedgerAccounts(tx, [...new Set(ids.values())]);

  const rows: NewLedgerTransfer[] = [];
  for (const [index, leg] of request.legs.entries()) {
    const debitAccountId = ids.get(accountName(leg.from))!;
    const creditAccountId = ids.get(accountName(leg.to))!;
    const debitBalanceAfter = await debitLedgerAccount(tx, debitAccountId, leg.amount);
    if (debitBalanceAfter === undefined) throw shortOf(leg.from);
    const creditBalanceAfter = await creditLedgerAccount(tx, creditAccountId, leg.amount);
    rows.push({
      requestKey: request.key,
      leg: index,
      debitAccountId,
      creditAccountId,
      amount: leg.amount,
      unit: unitOf(leg.from),
      debitBalanceAfter,
      creditBalanceAfter,
    });
  }
  return receiptOf(request.key, false, await insertLedgerTransfers(tx, rows));
}

function checkLeg(leg: LedgerLeg) {
  if (!Number.isSafeInteger(leg.amount) || leg.amount <= 0)
    throw new Error(`a ledger amount is a whole number above zero, not ${leg.amount}`);
  if (unitOf(leg.from) !== unitOf(leg.to))
    throw new Error(`a transfer stays in one unit: ${accountName(leg.from)} → ${accountName(leg.to)}`);
  if (accountName(leg.from) === accountName(leg.to)) throw new Error('a transfer moves between two accounts');
}

/** What the request asks, in a stable text: the same key must always ask the same. */
function fingerprintOf(request: LedgerRequest) {
  const asked = {
    purpose: request.purpose,
    reference: request.reference,
    legs: request.legs.map((leg) => [accountName(leg.from), accountName(leg.to), leg.amount]),
  };
  return createHash('sha256').update(JSON.stringify(asked)).digest('hex');
}

function shortOf(ref: LedgerAccountRef) {
  const unit: LedgerUnit = unitOf(ref);
  if (ref.kind === 'company_right')
    return new AppError(
      'RIGHT_EXHAUSTED',
      `您的${COMPANY_RIGHTS[ref.right].label}权益已用完，请前往道具商城购买`,
    );
  if (unit === 'point') return new AppError('INSUFFICIENT_POINTS');
  return new Error(`the account ${accountName(ref)} may not go below zero`);
}

function receiptOf(key: string, replayed: boolean, rows: LedgerTransferRow[]): LedgerReceipt {
  return {
    key,
    replayed,
    transfers: rows.map((row) => ({
      id: row.id,
      debitAccountId: row.debitAccountId,
      creditAccountId: row.creditAccountId,
      amount: row.amount,
      unit: row.unit,
      debitBalanceAfter: row.debitBalanceAfter,
      creditBalanceAfter: row.creditBalanceAfter,
      createdAt: row.createdAt.toISOString(),
    })),
  };
}

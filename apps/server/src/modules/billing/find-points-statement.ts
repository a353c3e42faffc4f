import {
  type ConsumptionRecord,
  type OrderState,
  type PointsStatement,
  type PointsStatementQuery,
  type PointsStatementQuery as PointsStatementQuerySchema,
  pointPurposeLabel,
  type RechargeRecord,
} from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import { shanghaiTime } from '../../lib/shanghai-time';
import type { CompanyMember } from '../../plugins/access';
import { findAccountDebitRows, findLedgerAccount } from './ledger.repository';
import { findPaidOrderRows } from './payment-orders.repository';

type Query = z.output<typeof PointsStatementQuerySchema>;

export interface FindPointsStatementOptions {
  member: CompanyMember;
  query: Query;
}

/** The Shanghai days [from, to] as instants: from 00:00 of `from` to 00:00 after `to`. */
export function statementRange(query: Pick<PointsStatementQuery, 'from' | 'to'>) {
  const dayAfter = (date: string) => new Date(shanghaiTime(date, 0).getTime() + 86_400_000);
  return {
    from: query.from ? shanghaiTime(query.from, 0) : undefined,
    to: query.to ? dayAfter(query.to) : undefined,
  };
}

/**
 * 快点明细 (seed 002 道具商城): 充值记录 are the company's paid recharge orders; 消费记录 are the
 * movements out of its wallet, each with what it was for and the balance after it.
 */
export async function findPointsStatement(
  ctx: AppContext,
  options: FindPointsStatementOptions,
): Promise<PointsStatement> {
  const { member, query } = options;
  const window = pageWindow(query);
  const range = statementRange(query);
  if (query.kind === 'recharge') {
    const { rows, total } = await findPaidOrderRows(ctx.db, {
      companyId: member.companyId,
      ...range,
      ...window,
    });
    return { kind: 'recharge', ...pageOf(query, rows.map(mapRechargeRecord), total) };
  }
  const account = await findLedgerAccount(ctx.db, {
    kind: 'company_wallet',
    unit: 'point',
    companyId: member.companyId,
  });
  if (!account) return { kind: 'consumption', ...pageOf(query, [], 0) };
  const { rows, total } = await findAccountDebitRows(ctx.db, { accountId: account.id, ...range, ...window });
  return { kind: 'consumption', ...pageOf(query, rows.map(mapConsumptionRecord), total) };
}

export function mapRechargeRecord(
  row: Awaited<ReturnType<typeof findPaidOrderRows>>['rows'][number],
): RechargeRecord {
  return {
    id: row.order.id,
    outTradeNo: row.order.outTradeNo,
    points: row.order.points,
    amountFen: row.order.amountFen,
    state: row.order.state as OrderState,
    paidAt: (row.order.paidAt ?? row.order.createdAt).toISOString(),
    operatorName: row.operatorName ?? '',
  };
}

export function mapConsumptionRecord(
  row: Awaited<ReturnType<typeof findAccountDebitRows>>['rows'][number],
): ConsumptionRecord {
  return {
    id: row.id,
    purpose: row.purpose,
    purposeLabel: pointPurposeLabel(row.purpose),
    points: row.amount,
    balanceAfter: row.balanceAfter,
    at: row.createdAt.toISOString(),
    operatorName: row.requestedByName ?? '',
  };
}

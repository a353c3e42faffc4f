import type { OrderState } from '@openrecruit/shared';
import { and, asc, count, desc, eq, gte, ilike, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accounts, companies, paymentOrders } from '../../db/schema';

// The SQL of payment orders (充值快点 and 订单管理). State changes go through order-machine.ts: the
// callers pass the states an event may start from, and the row's lock decides who came first.

export type PaymentOrderRow = typeof paymentOrders.$inferSelect;

/** The new order, or undefined when the company already has one with this request key. */
export async function insertPaymentOrder(tx: Executor, values: typeof paymentOrders.$inferInsert) {
  const [row] = await tx.insert(paymentOrders).values(values).onConflictDoNothing().returning();
  return row;
}

export async function findOrderByRequestKey(db: Executor, companyId: string, requestKey: string) {
  const [row] = await db
    .select()
    .from(paymentOrders)
    .where(and(eq(paymentOrders.companyId, companyId), eq(paymentOrders.requestKey, requestKey)));
  return row;
}

/** One of the company's orders (another company's answers undefined, like a missing one). */
export async function findCompanyOrder(db: Executor, companyId: string, id: string) {
  const [row] = await db
    .select()
    .from(paymentOrders)
    .where(and(eq(paymentOrders.id, id), eq(paymentOrders.companyId, companyId)));
  return row;
}

export async function findOrder(db: Executor, where: { id: string } | { outTradeNo: string }) {
  const [row] = await db
    .select()
    .from(paymentOrders)
    .where('id' in where ? eq(paymentOrders.id, where.id) : eq(paymentOrders.outTradeNo, where.outTradeNo));
  return row;
}

/** Locks the order until the transaction ends: one notice, close or refund at a time. */
export async function lockOrder(tx: Executor, where: { id: string } | { outTradeNo: string }) {
  const [row] = await tx
    .select()
    .from(paymentOrders)
    .where('id' in where ? eq(paymentOrders.id, where.id) : eq(paymentOrders.outTradeNo, where.outTradeNo))
    .for('update');
  return row;
}

export async function updateOrder(
  tx: Executor,
  id: string,
  set: Partial<Omit<typeof paymentOrders.$inferInsert, 'id'>>,
) {
  const [row] = await tx
    .update(paymentOrders)
    .set({ ...set, updatedAt: new Date() })
    .where(eq(paymentOrders.id, id))
    .returning();
  return row!;
}

/** Unpaid orders past their expiry, oldest first. */
export async function findExpiredOpenOrders(db: Executor, now: Date, limit: number) {
  return db
    .select()
    .from(paymentOrders)
    .where(and(eq(paymentOrders.state, 'created'), lte(paymentOrders.expiresAt, now)))
    .orderBy(asc(paymentOrders.expiresAt))
    .limit(limit);
}

export async function findCompanyName(db: Executor, companyId: string) {
  const [row] = await db.select({ name: companies.name }).from(companies).where(eq(companies.id, companyId));
  return row?.name;
}

/** 充值记录: the company's paid (and later refunded) orders by payment time, newest first. */
export async function findPaidOrderRows(
  db: Executor,
  filter: { companyId: string; from?: Date; to?: Date; offset: number; limit: number },
) {
  const where = and(
    eq(paymentOrders.companyId, filter.companyId),
    inArray(paymentOrders.state, ['paid', 'refunded']),
    filter.from ? sql`${paymentOrders.paidAt} >= ${filter.from}` : undefined,
    filter.to ? sql`${paymentOrders.paidAt} < ${filter.to}` : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ order: paymentOrders, operatorName: accounts.displayName })
      .from(paymentOrders)
      .leftJoin(accounts, eq(accounts.id, paymentOrders.createdBy))
      .where(where)
      .orderBy(desc(paymentOrders.paidAt))
      .offset(filter.offset)
      .limit(filter.limit),
    db.select({ n: count() }).from(paymentOrders).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** 订单管理: every company's orders, by 订单号 or company name, newest first. */
export async function findOpsOrderRows(
  db: Executor,
  filter: { q?: string; state?: OrderState; offset: number; limit: number },
) {
  const pattern = filter.q ? `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const where = and(
    filter.state ? eq(paymentOrders.state, filter.state) : undefined,
    pattern ? or(ilike(paymentOrders.outTradeNo, pattern), ilike(companies.name, pattern)) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ order: paymentOrders, companyName: companies.name, operatorName: accounts.displayName })
      .from(paymentOrders)
      .innerJoin(companies, eq(companies.id, paymentOrders.companyId))
      .leftJoin(accounts, eq(accounts.id, paymentOrders.createdBy))
      .where(where)
      .orderBy(desc(paymentOrders.createdAt))
      .offset(filter.offset)
      .limit(filter.limit),
    db
      .select({ n: count() })
      .from(paymentOrders)
      .innerJoin(companies, eq(companies.id, paymentOrders.companyId))
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Reconciliation: the orders paid or refunded within [from, to), and those the bill names. */
export async function findOrdersToReconcile(
  db: Executor,
  window: { from: Date; to: Date },
  outTradeNos: string[],
) {
  return db
    .select()
    .from(paymentOrders)
    .where(
      or(
        and(gte(paymentOrders.paidAt, window.from), lt(paymentOrders.paidAt, window.to)),
        and(gte(paymentOrders.refundedAt, window.from), lt(paymentOrders.refundedAt, window.to)),
        outTradeNos.length ? inArray(paymentOrders.outTradeNo, outTradeNos) : undefined,
      ),
    );
}

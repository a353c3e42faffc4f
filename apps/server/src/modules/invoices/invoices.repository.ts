import type { InvoiceState } from '@openrecruit/shared';
import { and, asc, count, desc, eq, ilike, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accounts, companies, invoiceOrders, invoices, paymentOrders, storedFiles } from '../../db/schema';
import type { PageWindow } from '../../lib/paging';

// The SQL of 开具发票. An order is covered by at most one live invoice: `payment_orders.invoice_id`,
// written under the order's row lock; state changes go through invoice-machine.ts with the states
// an event may start from, under the invoice's row lock.

export type InvoiceRow = typeof invoices.$inferSelect;
export type InvoiceOrderLine = { invoiceId: string; id: string; outTradeNo: string; amountFen: number };

/** The company's name, 统一社会信用代码 (when it registered with one) and 联系邮箱. */
export async function findInvoiceBuyer(db: Executor, companyId: string) {
  const [row] = await db
    .select({
      name: companies.name,
      code: companies.code,
      codeKind: companies.codeKind,
      email: companies.email,
    })
    .from(companies)
    .where(eq(companies.id, companyId));
  return row;
}

/** What a company paid money for that an invoice may cover: recharges, and 视频双选会 fees paid by WeChat. */
export const INVOICEABLE_PURPOSES = ['recharge', 'video_fair'];

const invoiceable = (companyId: string) =>
  and(
    eq(paymentOrders.companyId, companyId),
    eq(paymentOrders.state, 'paid'),
    inArray(paymentOrders.purpose, INVOICEABLE_PURPOSES),
    isNull(paymentOrders.invoiceId),
  );

/** 可开票订单: the company's paid orders (recharges, video-fair fees) no invoice covers, newest first. */
export async function findInvoiceableOrders(db: Executor, companyId: string) {
  return db
    .select()
    .from(paymentOrders)
    .where(invoiceable(companyId))
    .orderBy(desc(paymentOrders.paidAt))
    .limit(200);
}

/** Locks the company's orders by id (in id order, so two requests wait on each other, never deadlock). */
export async function lockCompanyOrders(tx: Executor, companyId: string, orderIds: string[]) {
  return tx
    .select()
    .from(paymentOrders)
    .where(and(eq(paymentOrders.companyId, companyId), inArray(paymentOrders.id, orderIds)))
    .orderBy(asc(paymentOrders.id))
    .for('update');
}

export async function findInvoiceByRequestKey(db: Executor, companyId: string, requestKey: string) {
  const [row] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.companyId, companyId), eq(invoices.requestKey, requestKey)));
  return row;
}

/** The new invoice over `orders`, or undefined when the company's request key is already used. */
export async function insertInvoice(
  tx: Executor,
  values: typeof invoices.$inferInsert,
  orders: { id: string; amountFen: number }[],
) {
  // The same request key racing with other orders: the one that comes second inserts nothing.
  const [row] = await tx.insert(invoices).values(values).onConflictDoNothing().returning();
  if (!row) return undefined;
  await tx
    .insert(invoiceOrders)
    .values(orders.map((order) => ({ invoiceId: row.id, orderId: order.id, amountFen: order.amountFen })));
  await tx
    .update(paymentOrders)
    .set({ invoiceId: row.id, updatedAt: new Date() })
    .where(
      inArray(
        paymentOrders.id,
        orders.map((order) => order.id),
      ),
    );
  return row;
}

/** The orders an invoice covered become invoiceable again (驳回, 红冲). */
export async function releaseInvoiceOrders(tx: Executor, invoiceId: string) {
  await tx
    .update(paymentOrders)
    .set({ invoiceId: null, updatedAt: new Date() })
    .where(eq(paymentOrders.invoiceId, invoiceId));
}

/** Locks an invoice until the transaction ends (the company's, when `companyId` is given). */
export async function lockInvoice(tx: Executor, id: string, companyId?: string) {
  const [row] = await tx
    .select()
    .from(invoices)
    .where(and(eq(invoices.id, id), companyId ? eq(invoices.companyId, companyId) : undefined))
    .for('update');
  return row;
}

export async function findInvoice(db: Executor, id: string, companyId?: string) {
  const [row] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.id, id), companyId ? eq(invoices.companyId, companyId) : undefined));
  return row;
}

/** Moves an invoice from one of `from`; undefined when it was not in one of them. */
export async function updateInvoice(
  tx: Executor,
  id: string,
  from: readonly InvoiceState[],
  set: Partial<Omit<typeof invoices.$inferInsert, 'id' | 'companyId'>>,
) {
  const [row] = await tx
    .update(invoices)
    .set({ ...set, updatedAt: new Date() })
    .where(and(eq(invoices.id, id), inArray(invoices.state, [...from])))
    .returning();
  return row;
}

/** Whether another invoice (issued or its 红字发票) carries this number. */
export async function isInvoiceNumberTaken(db: Executor, invoiceNo: string, exceptId: string) {
  const [row] = await db
    .select({ id: invoices.id })
    .from(invoices)
    .where(
      and(
        ne(invoices.id, exceptId),
        or(eq(invoices.invoiceNo, invoiceNo), eq(invoices.redInvoiceNo, invoiceNo)),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** A PDF the operator uploaded for an invoice, and whether an invoice already uses it. */
export async function findUploadedInvoiceFile(tx: Executor, fileId: string, ownerAccountId: string) {
  const [file] = await tx
    .select({ id: storedFiles.id, contentType: storedFiles.contentType })
    .from(storedFiles)
    .where(and(eq(storedFiles.id, fileId), eq(storedFiles.ownerAccountId, ownerAccountId)));
  if (!file) return undefined;
  const [used] = await tx
    .select({ id: invoices.id })
    .from(invoices)
    .where(or(eq(invoices.fileId, fileId), eq(invoices.redFileId, fileId)))
    .limit(1);
  return { ...file, used: used !== undefined };
}

export async function findStoredFile(db: Executor, fileId: string) {
  const [row] = await db.select().from(storedFiles).where(eq(storedFiles.id, fileId));
  return row;
}

/** The orders each invoice covers, by invoice. */
export async function findInvoiceOrderLines(db: Executor, invoiceIds: string[]): Promise<InvoiceOrderLine[]> {
  if (invoiceIds.length === 0) return [];
  return db
    .select({
      invoiceId: invoiceOrders.invoiceId,
      id: paymentOrders.id,
      outTradeNo: paymentOrders.outTradeNo,
      amountFen: invoiceOrders.amountFen,
    })
    .from(invoiceOrders)
    .innerJoin(paymentOrders, eq(paymentOrders.id, invoiceOrders.orderId))
    .where(inArray(invoiceOrders.invoiceId, invoiceIds))
    .orderBy(asc(paymentOrders.paidAt));
}

/** The invoices with their company's name and the requester's, as the lists show them. */
function selectInvoiceRows(db: Executor) {
  return db
    .select({ invoice: invoices, companyName: companies.name, requestedByName: accounts.displayName })
    .from(invoices)
    .innerJoin(companies, eq(companies.id, invoices.companyId))
    .innerJoin(accounts, eq(accounts.id, invoices.requestedBy));
}

/** A page of the invoices `where` chooses, newest first, and how many there are. */
async function pageInvoiceRows(db: Executor, where: SQL | undefined, window: PageWindow) {
  const [rows, [total]] = await Promise.all([
    selectInvoiceRows(db)
      .where(where)
      .orderBy(desc(invoices.createdAt), desc(invoices.id))
      .limit(window.limit)
      .offset(window.offset),
    db
      .select({ value: count() })
      .from(invoices)
      .innerJoin(companies, eq(companies.id, invoices.companyId))
      .where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

/** The company's invoices, newest first. */
export async function findCompanyInvoiceRows(db: Executor, companyId: string, window: PageWindow) {
  return pageInvoiceRows(db, eq(invoices.companyId, companyId), window);
}

/** 发票管理: every company's invoices, by state and a keyword (单位名称, 发票号码 or 订单号). */
export async function findOpsInvoiceRows(
  db: Executor,
  filter: { state?: InvoiceState; keyword?: string } & PageWindow,
) {
  const keyword = filter.keyword ? `%${filter.keyword.replace(/[\\%_]/g, '\\$&')}%` : undefined;
  const where = and(
    filter.state ? eq(invoices.state, filter.state) : undefined,
    keyword
      ? or(
          ilike(companies.name, keyword),
          ilike(invoices.invoiceNo, keyword),
          sql`exists (select 1 from ${invoiceOrders} io join ${paymentOrders} po on po.id = io.order_id
                      where io.invoice_id = ${invoices.id} and po.out_trade_no ilike ${keyword})`,
        )
      : undefined,
  );
  return pageInvoiceRows(db, where, filter);
}

export type InvoiceListRow = Awaited<ReturnType<typeof findCompanyInvoiceRows>>['rows'][number];

/** One invoice with its company and requester, as the lists show it. */
export async function findInvoiceListRow(db: Executor, id: string) {
  const [row] = await selectInvoiceRows(db).where(eq(invoices.id, id));
  return row;
}

import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { companies } from './organisations';

// The ledger (issue 12 §1, modules/billing, decision 017): accounts in one unit each, and
// append-only transfers between two accounts of the same unit. A balance is the sum of its
// transfers; `balance` caches it, written in the transaction of every transfer. A request that
// moves money, 快点 or rights carries a key: a retry answers the first result.

/**
 * One account: a company's 快点 wallet or its balance of one right, or one of the platform's
 * (快点 issued and earned, money cleared by the payment provider and received, rights issued and
 * used). `unit` is `fen` (money), `point` (快点) or `right:<kind>` (uses of one right).
 */
export const ledgerAccounts = pgTable(
  'ledger_accounts',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: text().notNull(),
    unit: text().notNull(),
    companyId: uuid().references(() => companies.id),
    /** The platform's own accounts may go below zero (what was issued); a company's never. */
    mayGoNegative: boolean().notNull().default(false),
    balance: bigint({ mode: 'number' }).notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('ledger_accounts_owner_uq').on(
      t.kind,
      t.unit,
      sql`coalesce(${t.companyId}, '00000000-0000-0000-0000-000000000000')`,
    ),
    check('ledger_accounts_not_negative', sql`${t.mayGoNegative} OR ${t.balance} >= 0`),
  ],
);

/**
 * One request that moved value: its idempotency key and a fingerprint of what it asked (a retry
 * with the same key and another amount is refused). Its transfers are what it answered.
 */
export const ledgerRequests = pgTable('ledger_requests', {
  key: text().primaryKey(),
  fingerprint: text().notNull(),
  purpose: text().notNull(),
  reference: text().notNull(),
  requestedBy: uuid().references(() => accounts.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** One movement of `amount` (> 0) from `debit` to `credit`; never updated or deleted. */
export const ledgerTransfers = pgTable(
  'ledger_transfers',
  {
    id: uuid().primaryKey().defaultRandom(),
    requestKey: text()
      .notNull()
      .references(() => ledgerRequests.key),
    /** Its place among its request's transfers (0, 1, …). */
    leg: smallint().notNull(),
    debitAccountId: uuid()
      .notNull()
      .references(() => ledgerAccounts.id),
    creditAccountId: uuid()
      .notNull()
      .references(() => ledgerAccounts.id),
    amount: bigint({ mode: 'number' }).notNull(),
    unit: text().notNull(),
    /** The two balances right after this transfer: a statement's 余额 column, and a retry's answer. */
    debitBalanceAfter: bigint({ mode: 'number' }).notNull(),
    creditBalanceAfter: bigint({ mode: 'number' }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('ledger_transfers_positive', sql`${t.amount} > 0`),
    check('ledger_transfers_two_accounts', sql`${t.debitAccountId} <> ${t.creditAccountId}`),
    uniqueIndex('ledger_transfers_request_leg_uq').on(t.requestKey, t.leg),
    index('ledger_transfers_debit_idx').on(t.debitAccountId, t.createdAt),
    index('ledger_transfers_credit_idx').on(t.creditAccountId, t.createdAt),
  ],
);

/**
 * A payment order (充值快点, issue 12 §2): created → paid / closed, paid → refunded, through the
 * order machine. `out_trade_no` is what the payment provider knows it by; the callback's amount
 * must equal `amount_fen`. Paying credits `points` through the ledger with the key
 * `order:<id>:paid`, in the transaction that marks it paid.
 */
export const paymentOrders = pgTable(
  'payment_orders',
  {
    id: uuid().primaryKey().defaultRandom(),
    outTradeNo: text().notNull(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    /** What it buys: `recharge` (快点) today. */
    purpose: text().notNull().default('recharge'),
    description: text().notNull(),
    amountFen: bigint({ mode: 'number' }).notNull(),
    points: bigint({ mode: 'number' }).notNull(),
    /** `sandbox` or `wechatpay`: the provider the order was placed with. */
    provider: text().notNull(),
    state: text().notNull().default('created'),
    /** What the cashier shows (WeChat's `code_url` for the QR code, or the sandbox cashier's). */
    codeUrl: text(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    paidAt: timestamp({ withTimezone: true }),
    providerTransactionId: text(),
    closedAt: timestamp({ withTimezone: true }),
    refundedAt: timestamp({ withTimezone: true }),
    refundFen: bigint({ mode: 'number' }),
    refundReason: text(),
    /**
     * What the provider says of the refund: `processing` when it accepted it, then `success`,
     * `abnormal` (退款异常: the payer's account could not take it; handled in the merchant
     * platform) or `closed`, from its refund notice or a refund query.
     */
    refundStatus: text(),
    refundSettledAt: timestamp({ withTimezone: true }),
    /** The client's Idempotency-Key of 确认并支付: a retry returns this order. */
    requestKey: text().notNull(),
    /**
     * The invoice that covers this order now (开具发票): set under the order's row lock when the
     * company requests one, cleared when the request is 驳回 or the invoice 红冲. One at a time.
     */
    invoiceId: uuid(),
    createdBy: uuid()
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('payment_orders_out_trade_no_uq').on(t.outTradeNo),
    uniqueIndex('payment_orders_request_key_uq').on(t.companyId, t.requestKey),
    index('payment_orders_company_idx').on(t.companyId, t.createdAt.desc()),
    index('payment_orders_open_idx').on(t.expiresAt).where(sql`state = 'created'`),
    check('payment_orders_amount_positive', sql`${t.amountFen} > 0 AND ${t.points} > 0`),
  ],
);

/**
 * A prop package of the mall (购买道具包, issue 12 §6), configured by operators: its price in 快点,
 * the rights it grants and how long they last.
 */
export const mallPackages = pgTable('mall_packages', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  description: text().notNull().default(''),
  pricePoints: integer().notNull(),
  /** The rights granted: e.g. [{ right: 'resume_download', quantity: 20 }]. */
  contents: jsonb().$type<{ right: string; quantity: number }[]>().notNull(),
  validityDays: integer().notNull(),
  active: boolean().notNull().default(true),
  sortOrder: integer().notNull().default(0),
  updatedBy: uuid().references(() => accounts.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * Until when a company's balance of one right may be used (the latest package or membership
 * that granted it sets it); what is left at the end expires through the ledger.
 */
export const companyRightTerms = pgTable(
  'company_right_terms',
  {
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    right: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.right] })],
);

/**
 * 开具发票 (issue 12 §4, modules/invoices): a 数电票 (普票 or 专票) a company asks for over one or more
 * paid recharges. requested → issued (an operator enters the number and uploads the PDF through
 * the review engine) → sent (mailed to the company); requested → rejected; issued / sent →
 * reversal_pending (an order it covers was refunded) → reversed (the operator records the 红字发票).
 */
export const invoices = pgTable(
  'invoices',
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    /** `normal` (数电普票) or `special` (数电专票). */
    kind: text().notNull(),
    /** 发票抬头 and 纳税人识别号 (the company's USCC, checked). */
    buyerName: text().notNull(),
    buyerTaxNo: text().notNull(),
    /** 专票: 地址、电话 and 开户行及账号 (empty for 普票). */
    buyerAddressPhone: text().notNull().default(''),
    buyerBankAccount: text().notNull().default(''),
    amountFen: bigint({ mode: 'number' }).notNull(),
    /** 接收邮箱, encrypted; the masked form is shown. */
    emailEnc: text().notNull(),
    emailMasked: text().notNull(),
    remark: text().notNull().default(''),
    state: text().notNull().default('requested'),
    reviewRequestId: uuid(),
    /** 发票号码 (数电票: 20 digits) and its PDF, once issued. */
    invoiceNo: text(),
    fileId: uuid(),
    issuedAt: timestamp({ withTimezone: true }),
    issuedBy: uuid().references(() => accounts.id),
    sentAt: timestamp({ withTimezone: true }),
    /** Why the last mailing failed (the operator can 重新发送). */
    sendError: text(),
    rejectReason: text(),
    /** 红冲: why, and the 红字发票 the operator recorded. */
    reversalReason: text(),
    redInvoiceNo: text(),
    redFileId: uuid(),
    reversedAt: timestamp({ withTimezone: true }),
    reversedBy: uuid().references(() => accounts.id),
    /** The client's Idempotency-Key of 提交申请: a retry returns this invoice. */
    requestKey: text().notNull(),
    requestedBy: uuid()
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('invoices_request_key_uq').on(t.companyId, t.requestKey),
    index('invoices_company_idx').on(t.companyId, t.createdAt.desc()),
    index('invoices_state_idx').on(t.state, t.createdAt),
    check('invoices_amount_positive', sql`${t.amountFen} > 0`),
  ],
);

/** Which orders an invoice covers (kept after a 驳回 or 红冲, when the orders are free again). */
export const invoiceOrders = pgTable(
  'invoice_orders',
  {
    invoiceId: uuid()
      .notNull()
      .references(() => invoices.id),
    orderId: uuid()
      .notNull()
      .references(() => paymentOrders.id),
    amountFen: bigint({ mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.invoiceId, t.orderId] }), index('invoice_orders_order_idx').on(t.orderId)],
);

/**
 * 对账 reports (issue 12 §3): every run, by an operator or the daily job, as it was answered (the
 * report's JSON), for the /ops 对账 history and its Excel file.
 */
export const reconciliationReports = pgTable(
  'reconciliation_reports',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The Shanghai day of the bill, YYYY-MM-DD. */
    billDate: text().notNull(),
    provider: text().notNull(),
    billRows: integer().notNull(),
    matched: integer().notNull(),
    mismatchCount: integer().notNull(),
    /** The whole report (shared ReconciliationReport). */
    report: jsonb().$type<Record<string, unknown>>().notNull(),
    /** The operator who ran it; none for the daily job. */
    runBy: uuid().references(() => accounts.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reconciliation_reports_date_idx').on(t.billDate, t.createdAt.desc())],
);

/**
 * The sandbox payment provider's own books (providers/payment/sandbox-payment-provider.ts): what
 * "the provider" knows of each order, kept in the database so that every API instance and every
 * restart sees the same cashier, and its day bill (对账) covers what it took and refunded.
 */
export const sandboxTrades = pgTable('sandbox_trades', {
  outTradeNo: text().primaryKey(),
  amountFen: bigint({ mode: 'number' }).notNull(),
  description: text().notNull(),
  /** WeChat Pay's trade_state words: NOTPAY, SUCCESS, CLOSED, REFUND. */
  state: text().notNull(),
  transactionId: text(),
  paidAt: timestamp({ withTimezone: true }),
  refunds: jsonb()
    .$type<
      { outRefundNo: string; refundId: string; status: string; refundFen: number; refundedAt: string }[]
    >()
    .notNull()
    .default([]),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

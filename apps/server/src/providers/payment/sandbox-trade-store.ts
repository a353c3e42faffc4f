import { and, eq, gte, lt, or, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client';
import { sandboxTrades } from '../../db/schema';
import type { RefundStatus, TradeState } from './payment-provider';

/** One refund the sandbox made, by our refund number. */
export interface SandboxRefund {
  outRefundNo: string;
  refundId: string;
  status: RefundStatus;
  refundFen: number;
  refundedAt: Date;
}

/** What the sandbox "provider" knows of one order. */
export interface SandboxTrade {
  outTradeNo: string;
  amountFen: number;
  description: string;
  state: TradeState;
  transactionId?: string;
  paidAt?: Date;
  refunds: SandboxRefund[];
}

/**
 * The sandbox provider's books. In the database by default (every API instance and every restart
 * sees the same orders); in memory for the provider's own unit tests. `update` runs its change
 * with the trade locked, so two clicks of 支付成功 pay once.
 */
export interface SandboxTradeStore {
  create(trade: SandboxTrade): Promise<void>;
  find(outTradeNo: string): Promise<SandboxTrade | undefined>;
  update<T>(
    outTradeNo: string,
    change: (trade: SandboxTrade) => T,
  ): Promise<{ trade: SandboxTrade; result: T } | undefined>;
  /** Trades paid or refunded within [from, to). */
  active(from: Date, to: Date): Promise<SandboxTrade[]>;
  /** Reads the books again (a store that keeps them in memory, after another wrote the table). */
  reload?(): Promise<void>;
}

export class InMemorySandboxTradeStore implements SandboxTradeStore {
  private readonly trades = new Map<string, SandboxTrade>();

  clear() {
    this.trades.clear();
  }

  async create(trade: SandboxTrade) {
    if (!this.trades.has(trade.outTradeNo)) this.trades.set(trade.outTradeNo, structuredClone(trade));
  }

  async find(outTradeNo: string) {
    const trade = this.trades.get(outTradeNo);
    return trade ? structuredClone(trade) : undefined;
  }

  async update<T>(outTradeNo: string, change: (trade: SandboxTrade) => T) {
    const trade = this.trades.get(outTradeNo);
    if (!trade) return undefined;
    const result = change(trade);
    return { trade: structuredClone(trade), result };
  }

  async active(from: Date, to: Date) {
    const within = (at: Date | undefined) => at !== undefined && at >= from && at < to;
    return [...this.trades.values()]
      .filter((trade) => within(trade.paidAt) || trade.refunds.some((refund) => within(refund.refundedAt)))
      .map((trade) => structuredClone(trade));
  }
}

type Row = typeof sandboxTrades.$inferSelect;

const tradeOf = (row: Row): SandboxTrade => ({
  outTradeNo: row.outTradeNo,
  amountFen: row.amountFen,
  description: row.description,
  state: row.state as TradeState,
  transactionId: row.transactionId ?? undefined,
  paidAt: row.paidAt ?? undefined,
  refunds: row.refunds.map((refund) => ({
    ...refund,
    status: refund.status as RefundStatus,
    refundedAt: new Date(refund.refundedAt),
  })),
});

const columnsOf = (trade: SandboxTrade) => ({
  amountFen: trade.amountFen,
  description: trade.description,
  state: trade.state,
  transactionId: trade.transactionId ?? null,
  paidAt: trade.paidAt ?? null,
  refunds: trade.refunds.map((refund) => ({ ...refund, refundedAt: refund.refundedAt.toISOString() })),
});

export class DatabaseSandboxTradeStore implements SandboxTradeStore {
  constructor(private readonly db: Database) {}

  async create(trade: SandboxTrade) {
    await this.db
      .insert(sandboxTrades)
      .values({ outTradeNo: trade.outTradeNo, ...columnsOf(trade) })
      .onConflictDoNothing();
  }

  async find(outTradeNo: string) {
    const [row] = await this.db.select().from(sandboxTrades).where(eq(sandboxTrades.outTradeNo, outTradeNo));
    return row ? tradeOf(row) : undefined;
  }

  async update<T>(outTradeNo: string, change: (trade: SandboxTrade) => T) {
    return this.db.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(sandboxTrades)
        .where(eq(sandboxTrades.outTradeNo, outTradeNo))
        .for('update');
      if (!row) return undefined;
      const trade = tradeOf(row);
      const result = change(trade);
      await tx.update(sandboxTrades).set(columnsOf(trade)).where(eq(sandboxTrades.outTradeNo, outTradeNo));
      return { trade, result };
    });
  }

  async active(from: Date, to: Date) {
    const rows = await this.db
      .select()
      .from(sandboxTrades)
      .where(
        or(
          and(gte(sandboxTrades.paidAt, from), lt(sandboxTrades.paidAt, to)),
          sql`exists (select 1 from jsonb_array_elements(${sandboxTrades.refunds}) r
                      where (r->>'refundedAt')::timestamptz >= ${from.toISOString()}::timestamptz and (r->>'refundedAt')::timestamptz < ${to.toISOString()}::timestamptz)`,
        ),
      );
    return rows.map(tradeOf);
  }
}

/**
 * The embedded database's books (PGlite has one connection): the trades in memory, loaded once at
 * start, each change written behind, never awaited by the caller. 订单管理 asks the provider for a
 * refund inside its transaction; on one connection a write awaited there would wait for that
 * transaction for ever. One embedded instance serves everything, so memory is the truth and the
 * table what the next start loads.
 */
export class WriteBehindSandboxTradeStore implements SandboxTradeStore {
  private readonly memory = new InMemorySandboxTradeStore();
  private readonly database: DatabaseSandboxTradeStore;
  private readonly loaded: Promise<void>;
  private writes: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly log: FastifyBaseLogger,
  ) {
    this.database = new DatabaseSandboxTradeStore(db);
    this.loaded = this.load().catch((error: unknown) =>
      log.error({ err: error }, 'sandbox payment books could not be loaded'),
    );
  }

  async create(trade: SandboxTrade) {
    await this.loaded;
    if (await this.memory.find(trade.outTradeNo)) return;
    await this.memory.create(trade);
    this.writeBehind(() => this.database.create(trade));
  }

  async find(outTradeNo: string) {
    await this.loaded;
    return this.memory.find(outTradeNo);
  }

  async update<T>(outTradeNo: string, change: (trade: SandboxTrade) => T) {
    await this.loaded;
    const changed = await this.memory.update(outTradeNo, change);
    if (changed) {
      const { trade } = changed;
      this.writeBehind(() => this.database.update(outTradeNo, (stored) => Object.assign(stored, trade)));
    }
    return changed;
  }

  async active(from: Date, to: Date) {
    await this.loaded;
    return this.memory.active(from, to);
  }

  /** The table again (the demo data wrote it in its own transaction after the start). */
  async reload() {
    await this.loaded;
    await this.writes;
    this.memory.clear();
    await this.load();
  }

  /** Once every change so far is in the table (tests; a graceful stop). */
  async written(): Promise<void> {
    await this.writes;
  }

  private async load() {
    for (const row of await this.db.select().from(sandboxTrades)) await this.memory.create(tradeOf(row));
  }

  private writeBehind(write: () => Promise<unknown>) {
    this.writes = this.writes
      .then(write)
      .then(() => undefined)
      .catch((error: unknown) =>
        this.log.error({ err: error }, 'sandbox payment books could not be written'),
      );
  }
}

import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { closeExpiredOrders } from '../../modules/billing/close-expired-orders';
import { createRechargeOrder } from '../../modules/billing/create-recharge-order';
import { settleOrderPayment } from '../../modules/billing/settle-order-payment';
import { SandboxPaymentProvider } from '../../providers/payment/sandbox-payment-provider';
import { DatabaseSandboxTradeStore } from '../../providers/payment/sandbox-trade-store';
import type { Database } from '../client';
import { accounts } from '../schema';

const DAY_MS = 86_400_000;

/** The demo company's recharges: who paid, how many 快点, how many days ago (3500 快点 in all). */
const DEMO_RECHARGES = [
  { by: 'admin', points: 1000, daysAgo: 58 },
  { by: 'member', points: 2000, daysAgo: 31 },
  { by: 'admin', points: 500, daysAgo: 6 },
] as const;

/**
 * 充值记录 of the demo company: three recharges over the last two months, paid the one way an order
 * is paid (settleOrderPayment, as a notice would), and one left unpaid that the expiry closed. The
 * sandbox takes them whatever PAYMENT_PROVIDER says: demo data never reaches a real provider.
 */
export async function seedDemoPoints(ctx: AppContext, options: { companyId: string }) {
  const { companyId } = options;
  // The sandbox's books in this database, its clock at each payment's time: 对账 of a demo day
  // finds the payment in the sandbox's bill as in our orders.
  const sandboxAt = (at?: Date) =>
    new SandboxPaymentProvider({
      secret: ctx.cipher.derivedKey('sandbox-payment'),
      store: new DatabaseSandboxTradeStore(ctx.db as Database),
      ...(at ? { clock: () => at } : {}),
    });
  const demo = { ...ctx, providers: { ...ctx.providers, payment: sandboxAt() } };
  const staff = await ctx.db
    .select({ id: accounts.id, companyRole: accounts.companyRole })
    .from(accounts)
    .where(and(eq(accounts.companyId, companyId), eq(accounts.role, 'employer')));
  const accountOf = (role: 'admin' | 'member') => {
    const account = staff.find((row) => row.companyRole === role);
    if (!account) throw new Error(`seedDemoPoints needs the demo company’s ${role}`);
    return { accountId: account.id, companyId, isAdmin: role === 'admin' };
  };
  const now = Date.now();
  for (const [i, recharge] of DEMO_RECHARGES.entries()) {
    const placedAt = new Date(now - recharge.daysAgo * DAY_MS);
    const order = await createRechargeOrder(demo, {
      member: accountOf(recharge.by),
      input: { points: recharge.points, agreed: true },
      requestKey: `00000000-0000-4000-9000-00000000000${i + 1}`,
      now: placedAt,
    });
    const paidAt = new Date(placedAt.getTime() + 3 * 60_000);
    const sandbox = sandboxAt(paidAt);
    const notice = await sandbox.parseCallback(await sandbox.pay(order.outTradeNo));
    if (notice.eventType !== 'TRANSACTION.SUCCESS') throw new Error('the sandbox did not take the payment');
    await settleOrderPayment(demo, {
      outTradeNo: order.outTradeNo,
      amountFen: notice.amountFen,
      transactionId: notice.transactionId,
      paidAt,
    });
  }
  await createRechargeOrder(demo, {
    member: accountOf('member'),
    input: { points: 100, agreed: true },
    requestKey: '00000000-0000-4000-9000-000000000009',
    now: new Date(now - 12 * DAY_MS),
  });
  await closeExpiredOrders(demo, { now: new Date(now) });
}

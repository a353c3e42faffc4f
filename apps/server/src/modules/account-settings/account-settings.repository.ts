import { and, count, eq, gt, inArray, lt, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  type AccountRow,
  accounts,
  notificationBindings,
  notificationBindingTickets,
  storedFiles,
} from '../../db/schema';

// All SQL of 账号设置 (seed 002): the person's own account row, avatar file and notification channels.

export async function updateOwnAccount(
  db: Executor,
  accountId: string,
  values: Partial<
    Pick<AccountRow, 'displayName' | 'nickname' | 'department' | 'avatarFileId' | 'status' | 'closedAt'>
  >,
): Promise<AccountRow> {
  const [row] = await db
    .update(accounts)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(accounts.id, accountId))
    .returning();
  return row!;
}

/** The account locked until the transaction ends (two avatar uploads at once replace each other in turn). */
export async function lockOwnAccount(db: Executor, accountId: string) {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, accountId)).for('update');
  return row;
}

/** The nicknames of these accounts, for the names seekers see. */
export async function findNicknames(db: Executor, accountIds: string[]) {
  if (!accountIds.length) return [];
  return db
    .select({ id: accounts.id, nickname: accounts.nickname })
    .from(accounts)
    .where(inArray(accounts.id, accountIds));
}

/** Active approved members of the company other than this account. */
export async function countOtherActiveMembers(db: Executor, companyId: string, accountId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(accounts)
    .where(
      and(
        eq(accounts.companyId, companyId),
        ne(accounts.id, accountId),
        eq(accounts.status, 'active'),
        eq(accounts.approvalState, 'approved'),
      ),
    );
  return row?.n ?? 0;
}

/** The account's own stored_files row, deleted; its storage key for removal after the commit. */
export async function deleteOwnFile(db: Executor, accountId: string, fileId: string) {
  const [removed] = await db
    .delete(storedFiles)
    .where(and(eq(storedFiles.id, fileId), eq(storedFiles.ownerAccountId, accountId)))
    .returning({ storageKey: storedFiles.storageKey });
  return removed?.storageKey;
}

/** The avatar file of a person of the company, or undefined for anyone else's file. */
export async function findCompanyAvatarFile(db: Executor, companyId: string, fileId: string) {
  const [found] = await db
    .select({ file: storedFiles })
    .from(storedFiles)
    .innerJoin(accounts, eq(accounts.avatarFileId, storedFiles.id))
    .where(and(eq(storedFiles.id, fileId), eq(accounts.companyId, companyId)))
    .limit(1);
  return found?.file;
}

const wechatBindingOf = (accountId: string) =>
  and(eq(notificationBindings.accountId, accountId), eq(notificationBindings.channel, 'wechat'));

export async function findWechatBinding(db: Executor, accountId: string) {
  const [row] = await db.select().from(notificationBindings).where(wechatBindingOf(accountId));
  return row;
}

/** Binds (or rebinds) the account's WeChat to this openid. */
export async function upsertWechatBinding(db: Executor, accountId: string, openId: string) {
  await db
    .insert(notificationBindings)
    .values({ accountId, channel: 'wechat', externalId: openId, displayName: '' })
    .onConflictDoUpdate({
      target: [notificationBindings.accountId, notificationBindings.channel],
      set: { externalId: openId, boundAt: new Date() },
    });
}

/** Removes the account's WeChat binding; returns whether there was one. */
export async function deleteWechatBinding(db: Executor, accountId: string): Promise<boolean> {
  const removed = await db
    .delete(notificationBindings)
    .where(wechatBindingOf(accountId))
    .returning({ id: notificationBindings.accountId });
  return removed.length > 0;
}

/** The account's new WeChat ticket, replacing its older ones. */
export async function replaceWechatTicket(db: Executor, accountId: string, ticket: string, expiresAt: Date) {
  await db
    .delete(notificationBindingTickets)
    .where(
      and(
        eq(notificationBindingTickets.accountId, accountId),
        eq(notificationBindingTickets.channel, 'wechat'),
      ),
    );
  await db.insert(notificationBindingTickets).values({ ticket, accountId, channel: 'wechat', expiresAt });
}

/**
 * Uses up a live WeChat ticket (of `accountId` when given) and forgets expired ones; only one of
 * several racing scans gets the row back.
 */
export async function consumeWechatTicket(db: Executor, ticket: string, accountId?: string) {
  await db.delete(notificationBindingTickets).where(lt(notificationBindingTickets.expiresAt, new Date()));
  const [used] = await db
    .delete(notificationBindingTickets)
    .where(
      and(
        eq(notificationBindingTickets.ticket, ticket),
        eq(notificationBindingTickets.channel, 'wechat'),
        gt(notificationBindingTickets.expiresAt, new Date()),
        accountId ? eq(notificationBindingTickets.accountId, accountId) : undefined,
      ),
    )
    .returning();
  return used;
}

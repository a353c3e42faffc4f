import { asc, desc } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { dictItems, mailOutbox, smsOutbox } from '../../db/schema';

// All SQL of the system routes: the dictionaries and the local SMS and mail outboxes.

export async function findDictItems(db: Executor) {
  return db.select().from(dictItems).orderBy(asc(dictItems.kind), asc(dictItems.sortOrder));
}

export async function findRecentSms(db: Executor, limit: number) {
  return db.select().from(smsOutbox).orderBy(desc(smsOutbox.createdAt)).limit(limit);
}

export async function findRecentMail(db: Executor, limit: number) {
  return db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(limit);
}

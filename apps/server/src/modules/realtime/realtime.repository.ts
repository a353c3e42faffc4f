import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { applications } from '../../db/schema';

/** Unread employer replies and unseen interview notices over all the seeker's applications, current and history. */
export async function sumSeekerUnread(db: Executor, seekerAccountId: string) {
  const [row] = await db
    .select({
      unreadReplies: sql<number>`coalesce(sum(${applications.seekerUnread}), 0)`.mapWith(Number),
      newInterviewNotices: sql<number>`coalesce(sum(${applications.interviewNoticeUnseen}), 0)`.mapWith(
        Number,
      ),
    })
    .from(applications)
    .where(eq(applications.seekerAccountId, seekerAccountId));
  return row ?? { unreadReplies: 0, newInterviewNotices: 0 };
}

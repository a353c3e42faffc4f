import type { Database } from '../../db/client';
import { notifications } from '../../db/schema';
import type { Notice, NotificationChannel } from './notification-channel';

export class InAppNotificationChannel implements NotificationChannel {
  readonly name = 'in_app';

  constructor(private readonly db: Database) {}

  async deliver(notice: Notice): Promise<void> {
    await this.db.insert(notifications).values({
      accountId: notice.accountId,
      kind: notice.kind,
      title: notice.title,
      body: notice.body,
      link: notice.link ?? null,
      data: notice.data ?? {},
    });
  }
}

export interface Notice {
  accountId: string;
  kind: string;
  title: string;
  body: string;
  link?: string;
  data?: Record<string, unknown>;
}

/**
 * A way to reach a person. The in-app channel is always on; others (WeChat official account, SMS)
 * deliver a copy to those who bound them.
 */
export interface NotificationChannel {
  readonly name: string;
  deliver(notice: Notice): Promise<void>;
}

/** An SMS to one mobile. `text` is the full message; providers with templates use `templateParams`. */
export interface SmsMessage {
  mobile: string;
  text: string;
  templateParams: Record<string, string>;
}

export interface SmsProvider {
  /** `outbox` keeps messages locally for developers to read at /dev/sms; real providers send them. */
  readonly kind: 'outbox' | 'aliyun';
  send(message: SmsMessage): Promise<void>;
}

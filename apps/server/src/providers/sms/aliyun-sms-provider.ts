import { createHmac, randomUUID } from 'node:crypto';
import type { SmsMessage, SmsProvider } from './sms-provider';

export interface AliyunSmsOptions {
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  templateCode: string;
  fetch?: typeof fetch;
  now?: () => Date;
}

/** RFC 3986 encoding as Alibaba Cloud's RPC signature (v1) requires: also ! ' ( ) * encoded, ~ kept. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Alibaba Cloud RPC signature v1: HMAC-SHA1 over `GET&%2F&<encoded canonical query>`, key `secret&`. */
export function signAliyunRpc(
  params: Record<string, string>,
  accessKeySecret: string,
  method = 'GET',
): string {
  const canonical = Object.keys(params)
    .sort()
    .map((key) => `${percentEncode(key)}=${percentEncode(params[key]!)}`)
    .join('&');
  const stringToSign = `${method}&${percentEncode('/')}&${percentEncode(canonical)}`;
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign).digest('base64');
}

/**
 * Alibaba Cloud SMS (dysmsapi SendSms, API version 2017-05-25, RPC style). The message text is
 * decided by the approved template; we pass its parameters.
 */
export class AliyunSmsProvider implements SmsProvider {
  readonly kind = 'aliyun';

  constructor(private readonly options: AliyunSmsOptions) {}

  async send(message: SmsMessage): Promise<void> {
    const now = this.options.now?.() ?? new Date();
    const params: Record<string, string> = {
      AccessKeyId: this.options.accessKeyId,
      Action: 'SendSms',
      Format: 'JSON',
      PhoneNumbers: message.mobile,
      RegionId: 'cn-hangzhou',
      SignName: this.options.signName,
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: randomUUID(),
      SignatureVersion: '1.0',
      TemplateCode: this.options.templateCode,
      TemplateParam: JSON.stringify(message.templateParams),
      Timestamp: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      Version: '2017-05-25',
    };
    const signature = signAliyunRpc(params, this.options.accessKeySecret);
    const query = Object.entries({ Signature: signature, ...params })
      .map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`)
      .join('&');
    const response = await (this.options.fetch ?? fetch)(`${this.options.endpoint}?${query}`);
    const body = (await response.json().catch(() => ({}))) as { Code?: string; Message?: string };
    if (!response.ok || body.Code !== 'OK') {
      throw new Error(`Aliyun SendSms failed: ${body.Code ?? response.status} ${body.Message ?? ''}`.trim());
    }
  }
}

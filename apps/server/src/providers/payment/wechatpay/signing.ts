import { createPublicKey, createSign, createVerify, type KeyObject, randomBytes } from 'node:crypto';
import type { PaymentCallbackFailure } from '../payment-provider';

/** pay.weixin.qq.com/doc/v3/merchant/4012365336 (签名生成): the only scheme APIv3 accepts. */
export const AUTHORIZATION_SCHEMA = 'WECHATPAY2-SHA256-RSA2048';

/** WeChat's verification guide: refuse a response or notice whose timestamp is more than 5 minutes off. */
const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/** The string a merchant signs: `METHOD\nPATH_WITH_QUERY\nTIMESTAMP\nNONCE\nBODY\n` (BODY empty for GET). */
export function buildRequestSigningMessage(parts: {
  method: string;
  pathWithQuery: string;
  timestamp: string;
  nonce: string;
  body: string;
}): string {
  return `${parts.method}\n${parts.pathWithQuery}\n${parts.timestamp}\n${parts.nonce}\n${parts.body}\n`;
}

/** The string WeChat signs in responses and notices: `TIMESTAMP\nNONCE\nBODY\n`. */
export function buildVerificationMessage(timestamp: string, nonce: string, body: string): string {
  return `${timestamp}\n${nonce}\n${body}\n`;
}

/** The Authorization header of one request, signed with the merchant's API certificate key. */
export function buildAuthorization(request: {
  mchid: string;
  serialNo: string;
  privateKey: KeyObject;
  method: string;
  url: URL;
  body: string;
  timestamp: string;
  nonce?: string;
}): string {
  const nonce = request.nonce ?? randomBytes(16).toString('hex').toUpperCase();
  const message = buildRequestSigningMessage({
    method: request.method,
    pathWithQuery: `${request.url.pathname}${request.url.search}`,
    timestamp: request.timestamp,
    nonce,
    body: request.body,
  });
  const signature = createSign('RSA-SHA256').update(message).sign(request.privateKey, 'base64');
  return (
    `${AUTHORIZATION_SCHEMA} mchid="${request.mchid}",nonce_str="${nonce}",` +
    `signature="${signature}",timestamp="${request.timestamp}",serial_no="${request.serialNo}"`
  );
}

/**
 * How WeChat's signatures are checked. Older merchants verify with platform certificates (several
 * during a rotation, chosen by serial); merchants since 2024 get one 微信支付公钥 named PUB_KEY_ID_….
 * A certificate PEM or a bare public key PEM is accepted for each entry. In platform_certificate
 * mode without `certificates` the adapter downloads them (GET /v3/certificates, see
 * platform-certificates.ts); given ones are pinned and never downloaded.
 */
export type WechatPayVerifierOptions =
  | {
      mode: 'platform_certificate';
      certificates?: ReadonlyArray<{ serialNo: string; pem: string }> | ReadonlyMap<string, string>;
    }
  | { mode: 'public_key'; publicKeyId: string; publicKeyPem: string };

/** The four headers WeChat signs a response or a notice with. */
export interface SignatureHeaders {
  serial: string;
  signature: string;
  timestamp: string;
  nonce: string;
}

/** Reads the Wechatpay-* headers; undefined when one is missing. */
export function readSignatureHeaders(
  get: (name: string) => string | undefined,
): SignatureHeaders | undefined {
  const serial = get('wechatpay-serial');
  const signature = get('wechatpay-signature');
  const timestamp = get('wechatpay-timestamp');
  const nonce = get('wechatpay-nonce');
  if (!serial || !signature || !timestamp || !nonce) return undefined;
  return { serial, signature, timestamp, nonce };
}

export type VerificationFailure = Extract<
  PaymentCallbackFailure,
  'UNKNOWN_SERIAL' | 'STALE_TIMESTAMP' | 'BAD_SIGNATURE'
>;

/** Certificate serials are hex; WeChat sends them upper-case, a config file or a certificate may not. */
export function normalizeSerial(serial: string): string {
  return serial.startsWith('PUB_KEY_ID_') ? serial : serial.toUpperCase().replace(/^0+(?=.)/, '');
}

/**
 * Checks `headers` against `body` with the key `keyFor` gives for the announced serial: null when
 * WeChat signed it, otherwise why it must not be trusted. Called before any parsing.
 */
export function verifySignature(
  keyFor: (serial: string) => KeyObject | undefined,
  now: Date,
  headers: SignatureHeaders,
  body: string,
): VerificationFailure | null {
  const key = keyFor(normalizeSerial(headers.serial));
  if (!key) return 'UNKNOWN_SERIAL';
  const seconds = Number(headers.timestamp);
  const skew = Math.abs(now.getTime() / 1000 - seconds);
  if (!/^\d{1,12}$/.test(headers.timestamp) || skew > MAX_CLOCK_SKEW_SECONDS) return 'STALE_TIMESTAMP';
  // WeChat probes merchants with deliberately wrong signatures (WECHATPAY/SIGNTEST/…); they fail here.
  const message = buildVerificationMessage(headers.timestamp, headers.nonce, body);
  try {
    const valid = createVerify('RSA-SHA256').update(message).verify(key, headers.signature, 'base64');
    return valid ? null : 'BAD_SIGNATURE';
  } catch {
    return 'BAD_SIGNATURE';
  }
}

/** The keys WeChat signs with, by serial; downloaded platform certificates replace them as they rotate. */
export class WechatPaySignatureVerifier {
  private keys = new Map<string, KeyObject>();

  constructor(
    options: WechatPayVerifierOptions,
    private readonly clock: () => Date,
  ) {
    if (options.mode === 'public_key') {
      if (!options.publicKeyId.startsWith('PUB_KEY_ID_')) {
        throw new Error('WeChat Pay public key id must start with PUB_KEY_ID_');
      }
      this.keys.set(options.publicKeyId, createPublicKey(options.publicKeyPem));
      return;
    }
    const given = options.certificates ?? [];
    const entries =
      given instanceof Map
        ? [...given].map(([serialNo, pem]) => ({ serialNo, pem }))
        : [...(given as ReadonlyArray<{ serialNo: string; pem: string }>)];
    for (const { serialNo, pem } of entries) this.keys.set(normalizeSerial(serialNo), createPublicKey(pem));
  }

  /** How many keys it holds (0 in platform_certificate mode before the first download). */
  get size(): number {
    return this.keys.size;
  }

  knows(serial: string): boolean {
    return this.keys.has(normalizeSerial(serial));
  }

  /** The downloaded platform certificates' keys, replacing all earlier ones. */
  replaceKeys(keys: ReadonlyMap<string, KeyObject>): void {
    this.keys = new Map([...keys].map(([serial, key]) => [normalizeSerial(serial), key]));
  }

  /** Null when WeChat signed `body`; otherwise why it must not be trusted. Checked before any parsing. */
  verify(headers: SignatureHeaders, body: string): VerificationFailure | null {
    return verifySignature((serial) => this.keys.get(serial), this.clock(), headers, body);
  }
}

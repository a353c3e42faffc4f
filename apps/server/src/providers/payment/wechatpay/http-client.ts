import { type KeyObject, randomBytes } from 'node:crypto';
import { PaymentProviderError } from '../payment-provider';
import { ErrorBody } from './schemas';
import {
  buildAuthorization,
  readSignatureHeaders,
  type SignatureHeaders,
  type WechatPaySignatureVerifier,
} from './signing';

const USER_AGENT = 'OpenRecruit-WechatPayV3/1.0 (Node.js)';

export interface WechatPayHttpClientOptions {
  baseUrl: string;
  mchid: string;
  merchantSerialNo: string;
  merchantPrivateKey: KeyObject;
  verifier: WechatPaySignatureVerifier;
  /** Runs before a response is verified, with the serial it names (downloads platform certificates). */
  prepareKey?: (serial: string) => Promise<void>;
  clock: () => Date;
  fetch: typeof fetch;
  timeoutMs: number;
}

/** A response whose signature has been checked (or, for a bill file, that is checked by its hash). */
export interface WechatPayResponse {
  status: number;
  body: Buffer;
  /** Its Wechatpay-* headers, when it has them. */
  signed?: SignatureHeaders;
}

/**
 * Sends signed APIv3 requests and checks WeChat's signature on every success before anything reads
 * it. Error responses are not required to be signed (a gateway error may not be); they only ever
 * become a thrown PaymentProviderError, never a state we act on.
 */
export class WechatPayHttpClient {
  constructor(private readonly options: WechatPayHttpClientOptions) {}

  /** A JSON call: `path` is relative to the base URL; the answer's signature is verified. */
  async json(method: 'GET' | 'POST', path: string, payload?: unknown): Promise<unknown> {
    const url = new URL(`${this.options.baseUrl.replace(/\/+$/, '')}${path}`);
    const response = await this.send(method, url, payload === undefined ? '' : JSON.stringify(payload), true);
    const text = response.body.toString('utf8');
    if (text === '') return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch (cause) {
      throw new PaymentProviderError(
        'MALFORMED_RESPONSE',
        'WeChat Pay answered with invalid JSON',
        response.status,
        {
          cause,
        },
      );
    }
  }

  /**
   * A GET whose answer the caller verifies itself: only GET /v3/certificates, whose signature is
   * checked with the certificates it carries once they are decrypted.
   */
  async getSelfVerifying(path: string): Promise<{ text: string; signed?: SignatureHeaders }> {
    const url = new URL(`${this.options.baseUrl.replace(/\/+$/, '')}${path}`);
    const response = await this.send('GET', url, '', false);
    return { text: response.body.toString('utf8'), signed: response.signed };
  }

  /** Downloads a bill file: WeChat does not sign it (the caller checks its hash instead). */
  async download(url: URL): Promise<Buffer> {
    return (await this.send('GET', url, '', false)).body;
  }

  private async send(method: string, url: URL, body: string, verify: boolean): Promise<WechatPayResponse> {
    const timestamp = String(Math.floor(this.options.clock().getTime() / 1000));
    const authorization = buildAuthorization({
      mchid: this.options.mchid,
      serialNo: this.options.merchantSerialNo,
      privateKey: this.options.merchantPrivateKey,
      method,
      url,
      body,
      timestamp,
      nonce: randomBytes(16).toString('hex').toUpperCase(),
    });
    const headers: Record<string, string> = {
      Authorization: authorization,
      Accept: 'application/json',
      'User-Agent': USER_AGENT,
    };
    if (method !== 'GET') headers['Content-Type'] = 'application/json';

    let response: Response;
    let bytes: Buffer;
    try {
      response = await this.options.fetch(url, {
        method,
        headers,
        body: method === 'GET' ? undefined : body,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      bytes = Buffer.from(await response.arrayBuffer());
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new PaymentProviderError('NETWORK_ERROR', `WeChat Pay unreachable: ${reason}`, undefined, {
        cause,
      });
    }

    if (!response.ok) throw errorFromResponse(response.status, bytes);
    const signed = readSignatureHeaders((name) => response.headers.get(name) ?? undefined);
    if (verify) {
      if (signed) await this.options.prepareKey?.(signed.serial);
      const failure = signed
        ? this.options.verifier.verify(signed, bytes.toString('utf8'))
        : 'MISSING_HEADERS';
      if (failure) {
        throw new PaymentProviderError(
          'INVALID_RESPONSE_SIGNATURE',
          `WeChat Pay response not trusted: ${failure}`,
          response.status,
        );
      }
    }
    return { status: response.status, body: bytes, signed };
  }
}

function errorFromResponse(status: number, bytes: Buffer): PaymentProviderError {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const error = ErrorBody.safeParse(parsed);
  return error.success
    ? new PaymentProviderError(error.data.code, error.data.message ?? error.data.code, status)
    : new PaymentProviderError(`HTTP_${status}`, `WeChat Pay answered HTTP ${status}`, status);
}

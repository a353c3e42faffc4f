import { type KeyObject, X509Certificate } from 'node:crypto';
import { PaymentProviderError } from '../payment-provider';
import { decryptNoticeResource } from './aead';
import type { WechatPayHttpClient } from './http-client';
import { CertificatesResponse } from './schemas';
import { normalizeSerial, verifySignature, type WechatPaySignatureVerifier } from './signing';

/** WeChat's 最佳实践 for 下载平台证书: 定时调用，间隔应小于12小时. */
export const REFRESH_EVERY_MS = 12 * 60 * 60_000;
/** A serial we do not know triggers a download, at most this often (a forger could name any serial). */
export const UNKNOWN_SERIAL_RETRY_MS = 60_000;

interface PlatformCertificate {
  key: KeyObject;
  /** expire_time (证书弃用时间): WeChat moves it 24 hours ahead of a rotation. */
  expiresAt: Date;
}

export interface PlatformCertificatesOptions {
  http: WechatPayHttpClient;
  apiV3Key: string;
  verifier: WechatPaySignatureVerifier;
  clock: () => Date;
}

/**
 * The platform certificates of platform_certificate mode, downloaded with GET /v3/certificates
 * (pay.weixin.qq.com 下载平台证书) and kept in memory: before the first verification, again when
 * 12 hours have passed (checked lazily, at the next verification), and when a response or notice
 * names a Wechatpay-Serial we do not know (at most once a minute). Each entry's
 * encrypt_certificate is AEAD_AES_256_GCM under the APIv3 key: that decryption is what
 * authenticates the certificates (only WeChat and we hold the key); then the download's own
 * signature must verify with one of them. A download replaces the whole set, so certificates
 * WeChat no longer lists are dropped; an entry past its expire_time is dropped before each use.
 */
export class PlatformCertificates {
  private certificates = new Map<string, PlatformCertificate>();
  /** When the last download was tried (successful or not); undefined before the first. */
  private checkedAt: number | undefined;
  private lastUnknownSerialAt: number | undefined;
  private inflight: Promise<void> | undefined;

  constructor(private readonly options: PlatformCertificatesOptions) {}

  /**
   * Makes sure a key for `serial` is held if WeChat lists one. Throws only when no certificate is
   * held at all and the download failed; otherwise a failed refresh keeps the ones we have.
   */
  async prepare(serial: string): Promise<void> {
    const now = this.options.clock().getTime();
    this.dropExpired(now);
    if (this.checkedAt === undefined || now - this.checkedAt >= REFRESH_EVERY_MS) {
      await this.refreshKeepingOld();
      return;
    }
    if (this.options.verifier.knows(serial)) return;
    if (this.lastUnknownSerialAt !== undefined && now - this.lastUnknownSerialAt < UNKNOWN_SERIAL_RETRY_MS) {
      return;
    }
    this.lastUnknownSerialAt = now;
    await this.refreshKeepingOld();
  }

  /** Downloads the certificates now (one download at a time); throws PaymentProviderError when refused. */
  refresh(): Promise<void> {
    this.inflight ??= this.download().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  /** The serials held now, for tests and diagnostics. */
  serials(): string[] {
    return [...this.certificates.keys()];
  }

  private async refreshKeepingOld(): Promise<void> {
    try {
      await this.refresh();
    } catch (error) {
      if (this.certificates.size === 0) throw error;
      // Retried by the next verification after a minute, not only in 12 hours.
      this.checkedAt = this.options.clock().getTime() - REFRESH_EVERY_MS + UNKNOWN_SERIAL_RETRY_MS;
    }
  }

  private async download(): Promise<void> {
    this.checkedAt = this.options.clock().getTime();
    const { text, signed } = await this.options.http.getSelfVerifying('/v3/certificates');
    const parsed = CertificatesResponse.safeParse(parseJson(text));
    if (!parsed.success) {
      throw new PaymentProviderError(
        'MALFORMED_RESPONSE',
        `unexpected certificate list: ${parsed.error.message}`,
      );
    }
    const downloaded = new Map<string, PlatformCertificate>();
    for (const entry of parsed.data.data) {
      const serial = normalizeSerial(entry.serial_no);
      downloaded.set(serial, {
        key: this.decryptCertificate(serial, entry.encrypt_certificate),
        expiresAt: new Date(entry.expire_time),
      });
    }
    // The bootstrap: the list is signed by one of the certificates it carries.
    const failure = signed
      ? verifySignature((s) => downloaded.get(s)?.key, this.options.clock(), signed, text)
      : 'MISSING_HEADERS';
    if (failure) {
      throw new PaymentProviderError(
        'INVALID_RESPONSE_SIGNATURE',
        `WeChat Pay certificate list not trusted: ${failure}`,
      );
    }
    this.certificates = downloaded;
    this.dropExpired(this.options.clock().getTime());
    if (this.certificates.size === 0) {
      throw new PaymentProviderError(
        'NO_PLATFORM_CERTIFICATE',
        'WeChat Pay lists no valid platform certificate',
      );
    }
  }

  private decryptCertificate(
    serial: string,
    encrypted: { nonce: string; associated_data: string; ciphertext: string },
  ): KeyObject {
    let pem: string;
    try {
      pem = decryptNoticeResource(this.options.apiV3Key, encrypted);
    } catch {
      throw new PaymentProviderError(
        'CERTIFICATE_DECRYPT_FAILED',
        `platform certificate ${serial} does not decrypt with the APIv3 key`,
      );
    }
    let certificate: X509Certificate;
    try {
      certificate = new X509Certificate(pem);
    } catch {
      throw new PaymentProviderError(
        'MALFORMED_RESPONSE',
        `platform certificate ${serial} is not a certificate`,
      );
    }
    if (normalizeSerial(certificate.serialNumber) !== serial) {
      throw new PaymentProviderError(
        'MALFORMED_RESPONSE',
        `platform certificate ${serial} names another serial`,
      );
    }
    return certificate.publicKey;
  }

  private dropExpired(now: number): void {
    for (const [serial, certificate] of this.certificates) {
      if (certificate.expiresAt.getTime() <= now) this.certificates.delete(serial);
    }
    this.options.verifier.replaceKeys(
      new Map([...this.certificates].map(([serial, certificate]) => [serial, certificate.key])),
    );
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

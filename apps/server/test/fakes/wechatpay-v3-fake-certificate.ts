import { createSign, generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto';

/**
 * A platform certificate of the WeChat Pay fake: an RSA key and a self-signed X.509 certificate
 * (DER written by hand here, as node:crypto reads certificates but does not make them) whose
 * serial is what /v3/certificates lists and Wechatpay-Serial names.
 */
export interface FakePlatformCertificate {
  serialNo: string;
  privateKey: KeyObject;
  publicKeyPem: string;
  certificatePem: string;
  effectiveAt: Date;
  expiresAt: Date;
}

const YEAR_MS = 365 * 24 * 60 * 60_000;

export function createPlatformCertificate(now: Date, serialNo?: string): FakePlatformCertificate {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  // 40 hex digits like WeChat's, starting below 8 so the DER integer needs no sign byte.
  const serial =
    serialNo ?? `${(randomBytes(1)[0]! % 7) + 1}${randomBytes(20).toString('hex').slice(1)}`.toUpperCase();
  const effectiveAt = now;
  const expiresAt = new Date(now.getTime() + 5 * YEAR_MS);
  const tbs = sequence(
    tlv(0xa0, integer(Buffer.from([2]))),
    integer(Buffer.from(serial.length % 2 ? `0${serial}` : serial, 'hex')),
    SHA256_WITH_RSA,
    NAME,
    sequence(utcTime(effectiveAt), utcTime(expiresAt)),
    NAME,
    publicKey.export({ type: 'spki', format: 'der' }),
  );
  const signature = createSign('RSA-SHA256').update(tbs).sign(privateKey);
  const der = sequence(tbs, SHA256_WITH_RSA, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
  const base64 = der.toString('base64').replace(/.{64}/g, '$&\n');
  return {
    serialNo: serial,
    privateKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    certificatePem: `-----BEGIN CERTIFICATE-----\n${base64.trimEnd()}\n-----END CERTIFICATE-----\n`,
    effectiveAt,
    expiresAt,
  };
}

function tlv(tag: number, content: Buffer): Buffer {
  const n = content.length;
  const length =
    n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, content]);
}

function sequence(...parts: Buffer[]): Buffer {
  return tlv(0x30, Buffer.concat(parts));
}

function integer(bytes: Buffer): Buffer {
  return tlv(0x02, (bytes[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

/** UTCTime YYMMDDHHMMSSZ (years before 2050). */
function utcTime(instant: Date): Buffer {
  const text = instant.toISOString().replace(/[-:T]/g, '').slice(2, 14);
  return tlv(0x17, Buffer.from(`${text}Z`, 'ascii'));
}

/** sha256WithRSAEncryption (1.2.840.113549.1.1.11) with NULL parameters. */
const SHA256_WITH_RSA = sequence(Buffer.from('06092a864886f70d01010b', 'hex'), Buffer.from('0500', 'hex'));

/** CN=Tenpay.com fake platform certificate. */
const NAME = sequence(
  tlv(
    0x31,
    sequence(Buffer.from('0603550403', 'hex'), tlv(0x0c, Buffer.from('Tenpay.com fake platform', 'utf8'))),
  ),
);

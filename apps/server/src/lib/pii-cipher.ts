import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Personal data at rest (PIPL): ID, bank card and mobile numbers are stored encrypted with
 * AES-256-GCM, and looked up through a keyed hash (HMAC-SHA256) so that equal numbers can be found
 * without decrypting every row. Both keys derive from one master key with HKDF, so rotating the
 * master key means re-encrypting and re-hashing (a later migration), never a second key to lose.
 */
export class PiiCipher {
  private readonly encryptionKey: Buffer;
  private readonly lookupKey: Buffer;
  private readonly masterKey: Buffer;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== 32) throw new Error('PII master key must be 32 bytes');
    this.encryptionKey = Buffer.from(
      hkdfSync('sha256', masterKey, Buffer.alloc(0), 'openrecruit/pii/aes-256-gcm', 32),
    );
    this.lookupKey = Buffer.from(
      hkdfSync('sha256', masterKey, Buffer.alloc(0), 'openrecruit/pii/lookup-hmac', 32),
    );
    this.masterKey = masterKey;
  }

  /**
   * A 32-byte key for another local purpose, derived from the same master key (HKDF, its own
   * label): the same on every instance that shares the key, never the PII keys themselves.
   */
  derivedKey(label: 'sandbox-payment'): Buffer {
    return Buffer.from(hkdfSync('sha256', this.masterKey, Buffer.alloc(0), `openrecruit/${label}`, 32));
  }

  /** Format `v1.<base64 iv|tag|ciphertext>`: the version prefix leaves room for key rotation. */
  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  decrypt(sealed: string): string {
    if (!sealed.startsWith('v1.')) throw new Error('Unknown PII cipher version');
    const raw = Buffer.from(sealed.slice(3), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  /**
   * Keyed hash for equality look-ups; `kind` keeps an ID number and a phone number with equal digits
   * apart. `checkin`: a sign-up's check-in code is derived from its id, so it is never stored.
   */
  lookupHash(kind: 'id' | 'mobile' | 'email' | 'bank_card' | 'login' | 'checkin', plain: string): string {
    return createHmac('sha256', this.lookupKey).update(`${kind}:${plain}`).digest('hex');
  }
}

/** The key from configuration, else the one generated once into DATA_DIR (embedded default). */
export function loadPiiKey(configured: Buffer | undefined, dataDir: string): Buffer {
  if (configured) return configured;
  const file = path.join(dataDir, 'pii.key');
  if (fs.existsSync(file)) return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  fs.mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  // wx: never overwrite a key another process wrote a moment ago.
  try {
    fs.writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    return key;
  } catch {
    return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  }
}

import { normaliseCheckinCode } from '@openrecruit/shared';
import type { PiiCipher } from '../../lib/pii-cipher';
import { sha256Hex } from '../../lib/tokens';

// A sign-up's check-in code (签到码): 10 characters of Crockford's base32 (50 bits) derived with a
// server key from the sign-up's id, so the student can be shown it again at any time while only its
// SHA-256 is stored (`checkin_token_hash`). The door looks the sign-up up by that hash.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 10;

export function checkinCodeOf(cipher: PiiCipher, signupId: string): string {
  const bytes = Buffer.from(cipher.lookupHash('checkin', signupId), 'hex');
  let bits = 0n;
  for (const byte of bytes.subarray(0, 8)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 0; i < LENGTH; i++) {
    code += ALPHABET[Number((bits >> BigInt(64 - 5 * (i + 1))) & 31n)];
  }
  return code;
}

/** '7KQ2MX9P4A' → '7KQ2M-X9P4A', as shown under the QR code. */
export function formatCheckinCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** What is stored and looked up: the SHA-256 of the normalised code. */
export function checkinTokenHash(code: string): string {
  return sha256Hex(normaliseCheckinCode(code));
}

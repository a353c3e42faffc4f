import { maskMobile } from '@openrecruit/shared';
import type { AccountRow } from '../../db/schema';
import type { PiiCipher } from '../../lib/pii-cipher';

// How staff logins are stored (docs/decisions/015): every staff account is found by a keyed hash
// of what is typed at login; an employer's login is a mobile, personal data, kept only encrypted
// and masked (as a seeker's mobile is); other staff keep their account name in plain text.

/** What staff type at login, as hashed: spaces out, lower case (the same rule as login.ts). */
export function normaliseStaffLogin(input: string): string {
  return input.replace(/\s+/g, '').toLowerCase();
}

export function staffLoginHash(cipher: PiiCipher, input: string): string {
  return cipher.lookupHash('login', normaliseStaffLogin(input));
}

export type StaffLoginColumns = Pick<AccountRow, 'loginName' | 'loginHash' | 'mobileEnc' | 'mobileMasked'>;

/** The login columns of a new (or backfilled) staff account. */
export function staffLoginColumns(
  cipher: PiiCipher,
  role: AccountRow['role'],
  input: string,
): StaffLoginColumns {
  const login = normaliseStaffLogin(input);
  const loginHash = cipher.lookupHash('login', login);
  return role === 'employer'
    ? { loginName: null, loginHash, mobileEnc: cipher.encrypt(login), mobileMasked: maskMobile(login) }
    : { loginName: login, loginHash, mobileEnc: null, mobileMasked: null };
}

import { residentIdCheckChar } from '@openrecruit/shared';
import type { TestClient } from './http-client';

let sequence = 100;

/** A fresh valid ID number (GB 11643) for a person born on `birth` (YYYYMMDD), unique per call. */
export function freshIdNumber(birth = '19900307', area = '310104'): string {
  sequence = sequence >= 998 ? 100 : sequence + 2; // odd/even alternate sexes; unique within a run
  const first17 = `${area}${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

export function freshMobile(): string {
  return `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}

export const BANK_CARD = '6222021001116220002';
export const STRONG_SEEKER_PASSWORD = '582046';

/** Signs a seeker up through the two API steps; returns what was used. */
export async function signUpSeeker(
  client: TestClient,
  overrides: Partial<{ name: string; idNumber: string; mobile: string; password: string }> = {},
) {
  const person = {
    name: overrides.name ?? '李四海',
    idNumber: overrides.idNumber ?? freshIdNumber(),
    mobile: overrides.mobile ?? freshMobile(),
    bankCard: BANK_CARD,
    password: overrides.password ?? STRONG_SEEKER_PASSWORD,
  };
  const verified = await client.post('/api/seeker/registration/verify', {
    route: 'bank_card',
    name: person.name,
    idNumber: person.idNumber,
    mobile: person.mobile,
    bankCard: person.bankCard,
  });
  if (verified.status !== 200) throw new Error(`verify failed: ${JSON.stringify(verified.body)}`);
  const completed = await client.post('/api/seeker/registration/complete', {
    ticket: verified.body.ticket,
    password: person.password,
    confirmPassword: person.password,
  });
  if (completed.status !== 200) throw new Error(`complete failed: ${JSON.stringify(completed.body)}`);
  return person;
}

import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PiiCipher } from './pii-cipher';

describe('PiiCipher', () => {
  const cipher = new PiiCipher(randomBytes(32));

  it('round-trips and never stores the plain text', () => {
    const sealed = cipher.encrypt('310101199003070038');
    expect(sealed).not.toContain('310101');
    expect(cipher.decrypt(sealed)).toBe('310101199003070038');
  });

  it('encrypts the same value differently each time (random IV)', () => {
    expect(cipher.encrypt('13800000001')).not.toBe(cipher.encrypt('13800000001'));
  });

  it('refuses tampered cipher text', () => {
    const sealed = cipher.encrypt('6222020200112233445');
    const raw = Buffer.from(sealed.slice(3), 'base64');
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    expect(() => cipher.decrypt(`v1.${raw.toString('base64')}`)).toThrow();
  });

  it('hashes deterministically per kind and per key', () => {
    expect(cipher.lookupHash('id', 'A')).toBe(cipher.lookupHash('id', 'A'));
    expect(cipher.lookupHash('id', 'A')).not.toBe(cipher.lookupHash('mobile', 'A'));
    expect(new PiiCipher(randomBytes(32)).lookupHash('id', 'A')).not.toBe(cipher.lookupHash('id', 'A'));
  });
});

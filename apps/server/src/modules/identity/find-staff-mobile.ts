import type { AppContext } from '../../context';
import { findAccount } from './accounts.repository';

/**
 * An employer's mobile in full, decrypted only to text them (a review or join decision); null for
 * accounts without one (docs/decisions/006 and 015).
 */
export async function findStaffMobile(ctx: AppContext, accountId: string): Promise<string | null> {
  const account = await findAccount(ctx.db, accountId);
  return account?.mobileEnc ? ctx.cipher.decrypt(account.mobileEnc) : null;
}

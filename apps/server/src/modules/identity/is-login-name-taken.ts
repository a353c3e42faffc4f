import type { AppContext } from '../../context';
import { findAccountByLoginHash } from './accounts.repository';
import { staffLoginHash } from './staff-login';

/** Whether an account already logs in with the name (a mobile for staff sign-ups), by its keyed hash. */
export async function isLoginNameTaken(
  ctx: Pick<AppContext, 'db' | 'cipher'>,
  loginName: string,
): Promise<boolean> {
  return (await findAccountByLoginHash(ctx.db, staffLoginHash(ctx.cipher, loginName))) !== undefined;
}

import type { Executor } from '../../db/client';
import { findAccountByLoginName } from './accounts.repository';

/** Whether an account already logs in with the name (a mobile for staff sign-ups). */
export async function isLoginNameTaken(db: Executor, loginName: string): Promise<boolean> {
  return (await findAccountByLoginName(db, loginName)) !== undefined;
}

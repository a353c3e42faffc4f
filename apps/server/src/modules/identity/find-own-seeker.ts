import type { Executor } from '../../db/client';
import { requireFound, type SeekerCaller } from '../../plugins/access';
import { findSeeker } from './accounts.repository';

/** The caller's own seeker row (the encrypted numbers stay inside identity), or 404. */
export async function findOwnSeeker(db: Executor, seeker: SeekerCaller) {
  return requireFound(await findSeeker(db, seeker.accountId));
}

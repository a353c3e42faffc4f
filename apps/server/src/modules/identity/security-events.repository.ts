import type { Executor } from '../../db/client';
import { securityEvents } from '../../db/schema';

// The audit table of security events (login, password, account status, personal-data reads).

export async function insertSecurityEvent(
  db: Executor,
  values: { kind: string; accountId: string | null; ip: string | null; detail: Record<string, unknown> },
) {
  await db.insert(securityEvents).values(values);
}

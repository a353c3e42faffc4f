import type { AppContext } from '../../context';
import { insertSecurityEvent } from './security-events.repository';

export type SecurityEventKind =
  | 'login_succeeded'
  | 'login_failed'
  | 'login_locked'
  | 'login_ip_throttled'
  | 'logout'
  | 'password_changed'
  | 'sessions_revoked'
  | 'account_disabled'
  | 'account_enabled'
  | 'account_closed'
  | 'seeker_registered'
  | 'registration_id_taken'
  | 'identity_verified'
  | 'identity_verification_failed'
  | 'personal_data_read'
  /** 订单管理: an operator refunded a paid recharge order (issue 12 §2). */
  | 'order_refunded'
  /** 对账记录: an operator exported a stored 对账 run to Excel (issue 12 §3). */
  | 'reconciliation_exported'
  /** 套餐与价格: an operator created or changed a mall package (issue 12 §8). */
  | 'mall_package_saved'
  /** 会员线索: an operator granted a membership (issue 12 §6). */
  | 'membership_granted'
  /** 对账: an operator reconciled a day's trade bill (issue 12 §3). */
  | 'reconciliation_run'
  /** 发票管理: an operator mailed an invoice again (issue 12 §4). */
  | 'invoice_mailed'
  /** 发票管理: an operator recorded the 红字发票 of a refunded order's invoice (issue 12 §4). */
  | 'invoice_reversed';

/** Security events go to the audit table and to the structured log. Never log secrets or numbers. */
export async function recordSecurityEvent(
  ctx: Pick<AppContext, 'db' | 'log'>,
  event: {
    kind: SecurityEventKind;
    accountId?: string | null;
    ip?: string | null;
    detail?: Record<string, unknown>;
  },
) {
  ctx.log.info({ security: event }, `security event: ${event.kind}`);
  await insertSecurityEvent(ctx.db, {
    kind: event.kind,
    accountId: event.accountId ?? null,
    ip: event.ip ?? null,
    detail: event.detail ?? {},
  });
}

import type { AccountRow } from '../../db/schema';
import { defineMachine } from '../../lib/state-machine';

/**
 * A person's account (seed 002 公司成员, 账号注销): an operator or the company's 单位管理员 disables
 * and enables it; the person closes (注销) it themself, for good: the records stay, the login does
 * not come back. Disabling or enabling twice changes nothing and is allowed (a double click).
 * Stored as `status` plus `closed_at` (a closed account is also 'disabled').
 */
export const accountMachine = defineMachine({
  name: 'account',
  states: ['active', 'disabled', 'closed'],
  transitions: {
    enable: { from: ['active', 'disabled'], to: 'active' },
    disable: { from: ['active', 'disabled'], to: 'disabled' },
    close: { from: ['active'], to: 'closed' },
  },
  refusal: (state, event) => {
    if (state === 'closed') return event === 'enable' ? '该成员已注销账号，不能再启用' : '该账号已注销';
    return undefined;
  },
});

export type AccountState = (typeof accountMachine.states)[number];

/** The stored status a state is kept as. */
export const accountStatusOf = (state: AccountState): AccountRow['status'] =>
  state === 'active' ? 'active' : 'disabled';

/** The state of a stored account; closure is marked by `closed_at`. */
export const accountStateOf = (account: Pick<AccountRow, 'status' | 'closedAt'>): AccountState =>
  account.closedAt ? 'closed' : account.status;

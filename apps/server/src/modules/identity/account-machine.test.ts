import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error';
import { accountMachine, accountStateOf, accountStatusOf } from './account-machine';

describe('the account machine (公司成员 注销/恢复, 账号注销, ops 停用/启用)', () => {
  it('disables and enables again, twice in a row changing nothing', () => {
    expect(accountMachine.advance('active', 'disable')).toBe('disabled');
    expect(accountMachine.advance('disabled', 'disable')).toBe('disabled');
    expect(accountMachine.advance('disabled', 'enable')).toBe('active');
    expect(accountMachine.advance('active', 'enable')).toBe('active');
  });

  it('closes an active account for good: a closed one is never enabled again', () => {
    expect(accountMachine.advance('active', 'close')).toBe('closed');
    expect(accountMachine.can('disabled', 'close')).toBe(false);
    try {
      accountMachine.advance('closed', 'enable');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'INVALID_STATE', message: '该成员已注销账号，不能再启用' });
    }
  });

  it('stores closed as disabled with closed_at, and reads it back', () => {
    expect(accountStatusOf('closed')).toBe('disabled');
    expect(accountStateOf({ status: 'disabled', closedAt: new Date() })).toBe('closed');
    expect(accountStateOf({ status: 'disabled', closedAt: null })).toBe('disabled');
    expect(accountStateOf({ status: 'active', closedAt: null })).toBe('active');
  });
});

import { describe, expect, it } from 'vitest';
import { accountApprovalMachine, approvalStep } from './account-approval-machine';

describe('account approval machine', () => {
  it('approves a pending sign-up (and keeps an approved member approved), rejects only a pending one', () => {
    expect(accountApprovalMachine.advance('pending', 'approve')).toBe('approved');
    expect(accountApprovalMachine.advance('approved', 'approve')).toBe('approved');
    expect(accountApprovalMachine.advance('pending', 'reject')).toBe('rejected');
    expect(() => accountApprovalMachine.advance('rejected', 'approve')).toThrowError('该账号的申请已被驳回');
    expect(approvalStep('reject')).toEqual({ from: ['pending'], to: 'rejected' });
  });
});

import { describe, expect, it } from 'vitest';
import { APPLICATION_STATES, applicationSuccessMessage, nextApplicationState } from './applications';

describe('application state machine (seed 000 §四-§六)', () => {
  it('says the seed message word for word', () => {
    expect(applicationSuccessMessage(8)).toBe('岗位应聘成功。您目前还剩余 8 个应聘名额。');
  });

  it('follows the interview path: invite, attend, confirm', () => {
    expect(nextApplicationState('submitted', 'view')).toBe('viewed');
    expect(nextApplicationState('viewed', 'invite')).toBe('interview_invited');
    expect(nextApplicationState('interview_invited', 'accept')).toBe('interview_accepted');
    expect(nextApplicationState('interview_accepted', 'confirm')).toBe('interview_confirmed');
  });

  it('不参加面试 voids the record, which can then only be withdrawn', () => {
    expect(nextApplicationState('interview_invited', 'decline')).toBe('interview_declined');
    for (const event of ['view', 'invite', 'accept', 'decline', 'confirm'] as const) {
      expect(nextApplicationState('interview_declined', event)).toBeUndefined();
    }
    expect(nextApplicationState('interview_declined', 'withdraw')).toBe('withdrawn');
  });

  it('a withdrawn record (history) never changes again', () => {
    for (const event of ['view', 'invite', 'accept', 'decline', 'confirm', 'withdraw'] as const) {
      expect(nextApplicationState('withdrawn', event)).toBeUndefined();
    }
  });

  it('answers and confirmations need an open invitation', () => {
    for (const state of APPLICATION_STATES.filter((s) => s !== 'interview_invited')) {
      expect(nextApplicationState(state, 'accept')).toBeUndefined();
    }
    expect(nextApplicationState('interview_invited', 'confirm')).toBeUndefined();
  });
});

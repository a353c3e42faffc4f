import { defineMachine } from '../../lib/state-machine';

/**
 * A 面试安排 candidate's 一键通知 (seed 002 首页): pending until sent; a refused notice is recorded as
 * failed and may be sent again later (面试安排 re-notifies failed candidates); a sent one is final,
 * so a double click never notifies anybody twice.
 */
export const candidateNotifyMachine = defineMachine({
  name: 'interview-candidate',
  states: ['pending', 'sent', 'failed'],
  transitions: {
    send: { from: ['pending', 'failed'], to: 'sent' },
    fail: { from: ['pending', 'failed'], to: 'failed' },
  },
  refusal: () => '已通知过，不会重复发送',
});

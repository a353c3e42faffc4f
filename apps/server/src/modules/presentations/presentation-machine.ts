import { PRESENTATION_STATES } from '@openrecruit/shared';
import { defineMachine } from '../../lib/state-machine';

/**
 * 宣讲会: pending (审核中) → approved (已通过, a room and a time) | rejected (未通过). An approved one
 * may be moved (场地日历) or cancelled by its company (已取消). A pending one is not cancelled: its
 * review request has no withdrawn state, and the university answers within 3 working days.
 */
export const presentationMachine = defineMachine({
  name: 'presentation',
  states: PRESENTATION_STATES,
  transitions: {
    approve: { from: ['pending'], to: 'approved' },
    reject: { from: ['pending'], to: 'rejected' },
    reschedule: { from: ['approved'], to: 'approved' },
    cancel: { from: ['approved'], to: 'cancelled' },
  },
  refusal: (state, event) => {
    if (event === 'cancel' && state === 'pending')
      return '审核中的宣讲会不能取消，学校将在三个工作日内审核，审核后可取消';
    if (event === 'cancel') return '只有已通过的宣讲会可以取消';
    if (event === 'reschedule') return '只有已通过的宣讲会可以调整场地和时间';
    return '该宣讲会已审核';
  },
});

export type PresentationEvent = keyof typeof presentationMachine.transitions;

import {
  APPLICATION_STATE_LABELS,
  APPLICATION_STATES,
  APPLICATION_TRANSITIONS,
  type ApplicationEvent,
  type ApplicationState,
} from '@openrecruit/shared';
import { defineMachine } from '../../lib/state-machine';

/** Why an event does not apply, in words the person at the screen understands. */
function refusal(state: ApplicationState, event: ApplicationEvent): string {
  if (state === 'withdrawn') {
    return event === 'withdraw' ? '该应聘记录已撤销，请勿重复操作' : '求职者已撤销该应聘，不能进行此操作';
  }
  switch (event) {
    case 'view':
      return '该应聘记录已查看';
    case 'invite':
      return state === 'interview_declined'
        ? '求职者已选择不参加面试，该应聘记录已作废'
        : '已发送面试通知，请等待求职者答复后再操作';
    case 'accept':
    case 'decline':
      return '该面试通知已答复或已失效';
    case 'confirm':
      return state === 'interview_declined'
        ? '求职者已选择不参加面试，不能确认面试'
        : '求职者尚未选择参加面试，暂不能确认面试安排';
    case 'withdraw':
      return `当前状态（${APPLICATION_STATE_LABELS[state]}）不能撤销`;
  }
}

/**
 * An application's life (seed 000 §四-§六): 投递 → 查看 → 面试通知 → 参加/不参加 → 确认, and 撤销 from
 * any current state. The table is APPLICATION_TRANSITIONS in packages/shared (the web reads it too);
 * a refused event is 409 INVALID_STATE with the reason above.
 */
export const applicationMachine = defineMachine({
  name: 'application',
  states: APPLICATION_STATES,
  transitions: APPLICATION_TRANSITIONS,
  refusal,
});

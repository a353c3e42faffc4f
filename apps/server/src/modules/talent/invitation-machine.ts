import { INVITATION_STATES } from '@openrecruit/shared';
import { defineMachine } from '../../lib/state-machine';

/**
 * A company's 邀约 to a student (seed 002 高校人才邀约): the student accepts it (an application
 * follows) or declines it, once. An answered invitation keeps its answer.
 */
export const invitationMachine = defineMachine({
  name: 'invitation',
  states: INVITATION_STATES,
  transitions: {
    accept: { from: ['pending'], to: 'accepted' },
    decline: { from: ['pending'], to: 'declined' },
  },
  refusal: (state) => `该邀约已${state === 'accepted' ? '接受' : '拒绝'}，不能再更改`,
});

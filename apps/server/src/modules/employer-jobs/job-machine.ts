import { type ErrorCode, JOB_ACTIONS, JOB_STATES, type JobAction } from '@openrecruit/shared';
import { defineMachine } from '../../lib/state-machine';

/** The code of each refusal: the console tells 'not recruiting' and 'not offline' apart. */
const REFUSAL_CODES: Record<JobAction, ErrorCode> = {
  offline: 'JOB_NOT_RECRUITING',
  republish: 'INVALID_STATE',
  delete: 'JOB_NOT_OFFLINE',
  share: 'JOB_NOT_RECRUITING',
  pin: 'JOB_NOT_RECRUITING',
};

/**
 * A job in 职位管理 (seed 002): 招聘中 ⇄ 已下架 (下架, 重新发布), 已下架 → deleted (删除), and the
 * actions a state allows without leaving it (分享, 置顶 only while 招聘中). The table is JOB_ACTIONS in
 * packages/shared, which the console reads to show its buttons.
 */
export const jobMachine = defineMachine({
  name: 'job',
  states: JOB_STATES,
  transitions: JOB_ACTIONS,
  refusalCode: (_state, action) => REFUSAL_CODES[action],
  refusal: (_state, action) => JOB_ACTIONS[action].refusal,
});

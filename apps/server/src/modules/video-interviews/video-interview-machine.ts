import { VIDEO_INTERVIEW_STATES } from '@openrecruit/shared';
import { defineMachine } from '../../lib/state-machine';

/**
 * One student and one company at one video fair (seed 002 视频双选会面试邀约, 参与过程 ⑤-⑨): an
 * invitation is accepted into the room's queue or declined; an application is accepted (接受, into
 * the queue) or refused (拒绝); 开始面试 calls the next present student; the call ends (结束面试)
 * or the called student never comes (未到场). A queued student may leave, or lose the place when
 * silent past the hold window.
 */
export const videoInterviewMachine = defineMachine({
  name: 'video-interview',
  states: VIDEO_INTERVIEW_STATES,
  transitions: {
    acceptInvitation: { from: ['invited'], to: 'queued' },
    decline: { from: ['invited'], to: 'declined' },
    acceptApplication: { from: ['applied'], to: 'queued' },
    refuse: { from: ['applied'], to: 'refused' },
    leave: { from: ['applied', 'queued'], to: 'left' },
    holdExpired: { from: ['queued'], to: 'left' },
    call: { from: ['queued'], to: 'in_progress' },
    noShow: { from: ['in_progress'], to: 'no_show' },
    end: { from: ['in_progress'], to: 'completed' },
  },
  refusal: (state) => `该面试当前${VIDEO_INTERVIEW_STATE_LABELS[state]}，不能进行此操作`,
});

/** How each side names a state (the student never sees the evaluation, only this). */
export const VIDEO_INTERVIEW_STATE_LABELS: Record<(typeof VIDEO_INTERVIEW_STATES)[number], string> = {
  invited: '待接受邀请',
  declined: '已拒绝邀请',
  applied: '已申请',
  refused: '企业未接受',
  queued: '排队中',
  in_progress: '面试中',
  completed: '已面试',
  no_show: '未到场',
  left: '已离开',
};

import { CLOUD_LIVE_STATES } from '../../db/schema';
import { defineMachine } from '../../lib/state-machine';

/** 直播宣讲: 未开始 → 直播中 (开始直播) → 已结束 (结束直播, or the sweep an hour after its end). */
export const cloudLiveMachine = defineMachine({
  name: 'cloud-live',
  states: CLOUD_LIVE_STATES,
  transitions: {
    start: { from: ['scheduled'], to: 'live' },
    end: { from: ['live'], to: 'ended' },
  },
  refusal: (state, event) => {
    if (event === 'start') return state === 'live' ? '直播已经开始' : '直播已结束，不能再次开始';
    return state === 'scheduled' ? '直播尚未开始' : '直播已结束';
  },
});

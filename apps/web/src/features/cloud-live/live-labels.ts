import type { CloudLive } from '@openrecruit/shared';
import type { LinkState } from '../../lib/media';

export const LIVE_STATE_LABELS: Record<CloudLive['liveState'], string> = {
  scheduled: '未开始',
  live: '直播中',
  ended: '已结束',
};

export const VIEWER_STATE_LABELS: Record<LinkState, string> = {
  connecting: '连接中',
  connected: '观看中',
  reconnecting: '重连中',
  failed: '连接失败',
  closed: '已离开',
};

/**
 * Viewers one presenter serves peer-to-peer, measured by `npm run bench:media` (decision 020): the
 * presenter's sent frame rate held at 4 viewers of a 720p camera and dropped by a third at 8.
 */
export const P2P_MEASURED_VIEWERS = 4;

// The browser side of media sessions (docs/decisions/020-media.md): the 直播宣讲 broadcast and the
// 视频双选会 interview call. Pages import from here only.
export { DeviceTest, type DeviceTestResult } from './DeviceTest';
export type { MediaArea, MediaSessionKind } from './media-api';
export { mediaSupport, openLocalMedia, stopMedia } from './media-support';
export type { LinkState } from './peer-link';
export type { Medium } from './remote-medium';
export { announceMediaSignal } from './signal-announcer';
export { type BroadcastHost, type BroadcastViewer, useBroadcastHost } from './use-broadcast-host';
export { type CallHandle, type CallState, type UseCallOptions, useCall } from './use-call';

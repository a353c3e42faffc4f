// 直播宣讲 (/api/employer/cloud-live, /api/seeker/cloud-live): the broadcast, its viewers and comments.

export const CLOUD_LIVE_KEY = ['cloud-live'] as const;

import { SEEKER_EVENT_TYPES, type SeekerEventType } from '@openrecruit/shared';
import { announceMediaSignal } from '../../lib/media/signal-announcer';
import { useSession } from '../../lib/session';
import { applicationKeys } from '../applications/api';
import { SEEKER_CAMPUS_QUESTIONS_KEY } from '../campus-qa/api';
import { CAMPUS_SEEKER_KEY } from '../campus-students/api';
import { CLOUD_LIVE_KEY } from '../cloud-live/api';
import { jobKeys } from '../jobs/api';
import { INVITATIONS_KEY } from '../talent/api';
import { VIDEO_INTERVIEWS_KEY } from '../video-interviews/api';
import { notificationSummaryKey } from './api';
import { type LiveRefresh, useLiveEvents } from './use-live-events';

// GET /api/seeker/events: an employer's reply, an interview notice or confirmation, any change of
// an application, an invitation, or a stored notification. Each one refetches what shows it, so a
// reply appears in the open conversation and the badges without a reload.
const refreshSeekerRecords: LiveRefresh = (queryClient) => {
  void queryClient.invalidateQueries({ queryKey: applicationKeys.all });
  void queryClient.invalidateQueries({ queryKey: notificationSummaryKey });
  void queryClient.invalidateQueries({ queryKey: INVITATIONS_KEY });
  void queryClient.invalidateQueries({ queryKey: jobKeys.details });
};

const SEEKER_REFRESHES: Record<SeekerEventType, LiveRefresh> = {
  // A 直播宣讲 started or ended, a viewer came or went, or a comment was posted or hidden.
  'cloud-live.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: CLOUD_LIVE_KEY });
  },
  // A WebRTC signal for an open call or broadcast: its signalling client reads it (lib/media).
  'media.signal': () => announceMediaSignal(),
  notification: refreshSeekerRecords,
  'applications.changed': refreshSeekerRecords,
  message: refreshSeekerRecords,
  'invitations.changed': refreshSeekerRecords,
  'campus-questions.answered': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: SEEKER_CAMPUS_QUESTIONS_KEY });
    void queryClient.invalidateQueries({ queryKey: notificationSummaryKey });
  },
  // A sign-up made, cancelled, or checked in at the door: 我的报名 and the 签到码 page turn 已签到.
  'campus-signups.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: CAMPUS_SEEKER_KEY });
  },
  // 视频双选会: an invitation, the queue place (position and wait), the call.
  'video-interviews.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: VIDEO_INTERVIEWS_KEY });
  },
};

/** Mounted once in the seeker app; listens while a seeker is logged in. */
export function SeekerLiveUpdates() {
  const session = useSession('seeker');
  useLiveEvents('seeker', SEEKER_EVENT_TYPES, SEEKER_REFRESHES, session.data?.account.id);
  return null;
}

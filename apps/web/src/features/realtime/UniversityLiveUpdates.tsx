import { UNIVERSITY_EVENT_TYPES, type UniversityEventType } from '@openrecruit/shared';
import { useSession } from '../../lib/session';
import { STATISTICS_KEY } from '../campus-statistics/api';
import { CHECKINS_KEY } from '../campus-students/api';
import { UNIVERSITY_JOB_FAIRS_KEY } from '../job-fairs/api';
import { VENUE_BOOKINGS_KEY } from '../venues/api';
import { UNIVERSITY_VIDEO_FAIRS_KEY } from '../video-fairs/api';
import { type LiveRefresh, useLiveEvents } from './use-live-events';

// GET /api/university/events: a request in the university's queue was submitted or decided (入驻审核),
// so the staff's open queues refetch. Their queries start with ['university', 'reviews']
// (features/reviews/api.ts).
const REVIEWS_KEY = ['university', 'reviews'] as const;

const UNIVERSITY_REFRESHES: Record<UniversityEventType, LiveRefresh> = {
  'reviews.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: REVIEWS_KEY });
  },
  'checkins.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: CHECKINS_KEY });
    void queryClient.invalidateQueries({ queryKey: STATISTICS_KEY });
  },
  'venue-bookings.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: VENUE_BOOKINGS_KEY });
  },
  'job-fairs.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: UNIVERSITY_JOB_FAIRS_KEY });
  },
  // 视频双选会: a 报名 arrived, was paid, cancelled or decided; the list's counts change.
  'video-fairs.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: UNIVERSITY_VIDEO_FAIRS_KEY });
  },
};

/** Mounted in the university console's header; listens while a staff member is logged in. */
export function UniversityLiveUpdates() {
  const session = useSession('university');
  useLiveEvents('university', UNIVERSITY_EVENT_TYPES, UNIVERSITY_REFRESHES, session.data?.account.id);
  return null;
}

import { OPERATOR_EVENT_TYPES, type OperatorEventType } from '@openrecruit/shared';
import { useSession } from '../../lib/session';
import { OPS_INVOICES_KEY } from '../invoices/api';
import { MEMBERSHIP_LEADS_KEY } from '../membership/api';
import { type LiveRefresh, useLiveEvents } from './use-live-events';

// GET /api/ops/events: a review request was submitted or decided, so every operator's open queue
// refetches. The queue's queries start with ['ops', 'reviews'] (the review feature's api.ts).
const REVIEWS_KEY = ['ops', 'reviews'] as const;

const OPERATOR_REFRESHES: Record<OperatorEventType, LiveRefresh> = {
  // 发票管理: an invoice issued, mailed or reversed (发票记录); a new request also arrives as reviews.changed.
  'invoices.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: OPS_INVOICES_KEY });
    void queryClient.invalidateQueries({ queryKey: REVIEWS_KEY });
  },
  'membership-leads.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: MEMBERSHIP_LEADS_KEY });
  },
  'reviews.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: REVIEWS_KEY });
  },
};

/** Mounted in the operators' console header; listens while an operator is logged in. */
export function OperatorLiveUpdates() {
  const session = useSession('ops');
  useLiveEvents('ops', OPERATOR_EVENT_TYPES, OPERATOR_REFRESHES, session.data?.account.id);
  return null;
}

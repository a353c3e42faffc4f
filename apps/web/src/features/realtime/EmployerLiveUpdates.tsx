import { EMPLOYER_EVENT_TYPES, type EmployerEventType } from '@openrecruit/shared';
import { Badge, Button, Tooltip } from 'antd';
import { useNavigate } from 'react-router';
import { announceMediaSignal } from '../../lib/media/signal-announcer';
import { useSession } from '../../lib/session';
import { BINDINGS_KEY } from '../account-settings/api';
import { BROCHURES_KEY } from '../brochures/api';
import { CAMPUS_QUESTIONS_KEY } from '../campus-qa/api';
import { CLOUD_LIVE_KEY } from '../cloud-live/api';
import { CLOUD_PRESENTATIONS_KEY } from '../cloud-presentations/api';
import { MEMBERS_KEY } from '../company-members/api';
import { SETTINGS_KEY } from '../company-settings/api';
import { refreshApplications } from '../employer-applications/api';
import { HOME_KEY } from '../employer-interviews/api';
import { JOBS_KEY } from '../employer-jobs/api';
import { INVOICES_KEY } from '../invoices/api';
import { EMPLOYER_JOB_FAIRS_KEY } from '../job-fairs/api';
import { MALL_KEY } from '../mall/api';
import { MEMBERSHIP_KEY } from '../membership/api';
import { NOTIFICATIONS_KEY, useNotifications } from '../notifications/api';
import { POINTS_KEY } from '../points/api';
import { PRESENTATIONS_KEY } from '../presentations/api';
import { TALENT_KEY } from '../talent/api';
import { UNIVERSITY_ENTRIES_KEY } from '../university-entries/api';
import { EMPLOYER_VIDEO_FAIRS_KEY } from '../video-fairs/api';
import { VIDEO_INTERVIEWS_KEY } from '../video-interviews/api';
import { type LiveRefresh, useLiveEvents } from './use-live-events';
import './employer-live.css';

// GET /api/employer/events: the HR person's notifications and bindings, and the company's new
// applications, seekers' messages, interview answers, withdrawals and colleagues' changes. Each
// event refetches what shows it, so lists, badges and open conversations stay current. 首页>工作台
// counts 待查看简历, 招聘中职位 and 待确认邀约 and shows the 面试夹, so most events refresh it too.

const refreshNotifications: LiveRefresh = (queryClient) => {
  void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
};

const refreshApplicationViews: LiveRefresh = (queryClient) => {
  void queryClient.invalidateQueries({ queryKey: HOME_KEY });
  void refreshApplications(queryClient);
};

const EMPLOYER_REFRESHES: Record<EmployerEventType, LiveRefresh> = {
  // A 直播宣讲 started or ended, a viewer came or went, or a comment was posted or hidden.
  'cloud-live.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: CLOUD_LIVE_KEY });
  },
  // A WebRTC signal for an open call or broadcast: its signalling client reads it (lib/media).
  'media.signal': () => announceMediaSignal(),
  notification: refreshNotifications,
  'application.created': refreshApplicationViews,
  'application.message': refreshApplicationViews,
  'application.interview_answer': refreshApplicationViews,
  'application.withdrawn': refreshApplicationViews,
  'applications.changed': refreshApplicationViews,
  'jobs.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: HOME_KEY });
    void queryClient.invalidateQueries({ queryKey: JOBS_KEY });
  },
  'invitations.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: TALENT_KEY });
    refreshApplicationViews(queryClient);
  },
  'company.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: SETTINGS_KEY });
    void queryClient.invalidateQueries({ queryKey: MEMBERS_KEY });
  },
  'bindings.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: BINDINGS_KEY });
  },
  'university-entries.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: UNIVERSITY_ENTRIES_KEY });
    // 双选会 shows 申请入驻 / 入驻审核中 / 报名 by the entry's state.
    void queryClient.invalidateQueries({ queryKey: EMPLOYER_JOB_FAIRS_KEY });
  },
  'brochures.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: BROCHURES_KEY });
  },
  'campus-questions.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: CAMPUS_QUESTIONS_KEY });
  },
  // An approved or moved 宣讲会 is also a to-do on 首页 and in the calendar.
  'presentations.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: PRESENTATIONS_KEY });
    void queryClient.invalidateQueries({ queryKey: HOME_KEY });
  },
  'job-fairs.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: EMPLOYER_JOB_FAIRS_KEY });
  },
  // 视频双选会 and 我的报名: a registration paid, decided, refunded, or the fair cancelled.
  'video-fairs.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: EMPLOYER_VIDEO_FAIRS_KEY });
  },
  'cloud-presentations.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: CLOUD_PRESENTATIONS_KEY });
  },
  // A recharge paid, closed or refunded: 快点明细, the open QR code, and the balance the mall shows.
  'points.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: POINTS_KEY });
  },
  // 我的权益, 使用记录, the 快点余额 of 道具商城 and the 简历下载 count of 人才推荐.
  // 开通会员 or a request followed up: the membership on 道具商城 and 我的权益.
  'membership.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: MEMBERSHIP_KEY });
  },
  'rights.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: MALL_KEY });
  },
  // 开具发票: an invoice requested, issued, mailed, refused or reversed (可开票订单 and 开票记录).
  'invoices.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: INVOICES_KEY });
  },
  // 视频双选会 面试间: 待处理, the queue, the call, the evaluation.
  'video-interviews.changed': (queryClient) => {
    void queryClient.invalidateQueries({ queryKey: VIDEO_INTERVIEWS_KEY });
  },
};

/** The header's 消息通知 bell with the unread count; keeps the console live while it is mounted. */
export function EmployerLiveUpdates() {
  const navigate = useNavigate();
  const session = useSession('employer');
  const notifications = useNotifications();
  const unread = notifications.data?.unread ?? 0;
  useLiveEvents('employer', EMPLOYER_EVENT_TYPES, EMPLOYER_REFRESHES, session.data?.account.id);

  const label = unread > 0 ? `消息通知，${unread}条未读` : '消息通知';
  return (
    <Tooltip title={label}>
      <Button
        type="text"
        className="console-header__bell"
        aria-label={label}
        onClick={() => navigate('/employer/home/notifications')}
      >
        <Badge count={unread} size="small" overflowCount={99}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
            />
          </svg>
        </Badge>
      </Button>
    </Tooltip>
  );
}

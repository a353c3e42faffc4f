import { ConsoleRoutes } from '../../components/console/ConsoleRoutes';
import { builtPage, CHANGE_PASSWORD, type ConsoleConfig } from '../../components/console/console-config';
import { lazyPage } from '../../components/lazy-page';
import { STAFF_IDENTITY_PAGES } from '../staff-identity-pages';

const UniversityProfilePage = lazyPage(
  () => import('../../features/universities/UniversityProfilePage'),
  'UniversityProfilePage',
);
const UniversityLiveUpdates = lazyPage(
  () => import('../../features/realtime/UniversityLiveUpdates'),
  'UniversityLiveUpdates',
);
const ExcelExportButton = lazyPage(
  () => import('../../features/campus-statistics/ExcelExportButton'),
  'ExcelExportButton',
);
const UniversityCloudPresentationsPage = lazyPage(
  () => import('../../features/cloud-presentations/UniversityCloudPresentationsPage'),
  'UniversityCloudPresentationsPage',
);
const ReviewQueuePage = lazyPage(() => import('../../features/reviews/ReviewQueuePage'), 'ReviewQueuePage');
const UniversityJobFairsPage = lazyPage(
  () => import('../../features/job-fairs/UniversityJobFairsPage'),
  'UniversityJobFairsPage',
);
const UniversityVideoFairsPage = lazyPage(
  () => import('../../features/video-fairs/UniversityVideoFairsPage'),
  'UniversityVideoFairsPage',
);
const VenuesPage = lazyPage(() => import('../../features/venues/VenuesPage'), 'VenuesPage');
const VenueCalendarPage = lazyPage(
  () => import('../../features/venues/VenueCalendarPage'),
  'VenueCalendarPage',
);
const CheckinPage = lazyPage(() => import('../../features/campus-students/CheckinPage'), 'CheckinPage');
const StatisticsPage = lazyPage(
  () => import('../../features/campus-statistics/StatisticsPage'),
  'StatisticsPage',
);
const UniversityStaffPage = lazyPage(
  () => import('../../features/universities/UniversityStaffPage'),
  'UniversityStaffPage',
);

// PRODUCT.md roles: university staff approve entries, presentations, job-fair entries, brochures and
// cloud presentations, and run video job fairs.
const UNIVERSITY_CONSOLE: ConsoleConfig = {
  area: 'university',
  name: '高校就业中心',
  fallbackOrganisation: '未关联高校',
  login: { accountPlaceholder: '请输入邮箱或账号' },
  identityPages: STAFF_IDENTITY_PAGES,
  headerExtra: <UniversityLiveUpdates />,
  nav: [
    builtPage(
      'entries',
      '入驻审核',
      <ReviewQueuePage
        reviewer="university"
        kind="university_entry"
        title="入驻审核"
        actions={<ExcelExportButton file="entries.xlsx" />}
      />,
    ),
    builtPage(
      'presentations',
      '宣讲会审核',
      <ReviewQueuePage
        reviewer="university"
        kind="presentation"
        title="宣讲会审核"
        actions={<ExcelExportButton file="presentations.xlsx" />}
      />,
    ),
    builtPage('venue-calendar', '场地日历', <VenueCalendarPage />),
    builtPage('venues', '场地管理', <VenuesPage />),
    builtPage(
      'job-fairs',
      '双选会审核',
      <ReviewQueuePage reviewer="university" kind="job_fair_registration" title="双选会审核" />,
    ),
    builtPage('job-fair-management', '双选会管理', <UniversityJobFairsPage />),
    builtPage(
      'brochures',
      '招聘简章审核',
      <ReviewQueuePage
        reviewer="university"
        kind="brochure"
        title="招聘简章审核"
        actions={<ExcelExportButton file="brochures.xlsx" />}
      />,
    ),
    builtPage('cloud-presentations', '云宣讲审核', <UniversityCloudPresentationsPage />),
    builtPage('video-fairs', '视频双选会', <UniversityVideoFairsPage />),
    builtPage(
      'video-fair-registrations',
      '视频双选会审核',
      <ReviewQueuePage reviewer="university" kind="video_fair_registration" title="视频双选会审核" />,
    ),
    builtPage('check-in', '签到', <CheckinPage />),
    builtPage('statistics', '数据统计', <StatisticsPage />),
    builtPage('profile', '高校信息', <UniversityProfilePage />),
    builtPage('staff', '账号管理', <UniversityStaffPage />),
    { key: 'account', label: '账号设置', children: [CHANGE_PASSWORD] },
  ],
};

/** /university/*: the university career centre's console. */
export function UniversityArea() {
  return <ConsoleRoutes config={UNIVERSITY_CONSOLE} />;
}

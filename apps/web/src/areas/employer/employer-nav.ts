import { createElement } from 'react';
import {
  builtPage,
  CHANGE_PASSWORD,
  type ConsoleConfig,
  comingSoon,
} from '../../components/console/console-config';
import { lazyPage } from '../../components/lazy-page';
import { STAFF_IDENTITY_PAGES } from '../staff-identity-pages';

// Each page, and the header's live bell, is a chunk of its own loaded when first shown, so the login
// page loads none of them (docs/decisions/014-web-chunks.md).
const AdminApplicationPage = lazyPage(
  () => import('../../features/account-settings/AdminApplicationPage'),
  'AdminApplicationPage',
);
const BindingPage = lazyPage(() => import('../../features/account-settings/BindingPage'), 'BindingPage');
const CloseAccountPage = lazyPage(
  () => import('../../features/account-settings/CloseAccountPage'),
  'CloseAccountPage',
);
const ProfilePage = lazyPage(() => import('../../features/account-settings/ProfilePage'), 'ProfilePage');
const CompanyMembersPage = lazyPage(
  () => import('../../features/company-members/CompanyMembersPage'),
  'CompanyMembersPage',
);
const CompanyBasicPage = lazyPage(
  () => import('../../features/company-settings/CompanyBasicPage'),
  'CompanyBasicPage',
);
const CompanyBrandPage = lazyPage(
  () => import('../../features/company-settings/CompanyBrandPage'),
  'CompanyBrandPage',
);
const CompanyVerificationPage = lazyPage(
  () => import('../../features/company-settings/CompanyVerificationPage'),
  'CompanyVerificationPage',
);
const UniversityEntriesPage = lazyPage(
  () => import('../../features/university-entries/UniversityEntriesPage'),
  'UniversityEntriesPage',
);
const BrochuresPage = lazyPage(() => import('../../features/brochures/BrochuresPage'), 'BrochuresPage');
const MallPage = lazyPage(() => import('../../features/mall/MallPage'), 'MallPage');
const RightsPage = lazyPage(() => import('../../features/mall/RightsPage'), 'RightsPage');
const InvoicesPage = lazyPage(() => import('../../features/invoices/InvoicesPage'), 'InvoicesPage');
const VideoFairsPage = lazyPage(
  () => import('../../features/video-fairs/EmployerVideoFairsPage'),
  'VideoFairsPage',
);
const CandidateHallPage = lazyPage(
  () => import('../../features/video-interviews/CandidateHallPage'),
  'CandidateHallPage',
);
const InterviewRoomPage = lazyPage(
  () => import('../../features/video-interviews/InterviewRoomPage'),
  'InterviewRoomPage',
);
const PointsDetailPage = lazyPage(() => import('../../features/points/PointsDetailPage'), 'PointsDetailPage');
const CampusQaPage = lazyPage(() => import('../../features/campus-qa/CampusQaPage'), 'CampusQaPage');
const EmployerJobFairsPage = lazyPage(
  () => import('../../features/job-fairs/EmployerJobFairsPage'),
  'EmployerJobFairsPage',
);
const CloudBroadcastPage = lazyPage(
  () => import('../../features/cloud-live/CloudBroadcastPage'),
  'CloudBroadcastPage',
);
const CloudPresentationsPage = lazyPage(
  () => import('../../features/cloud-presentations/CloudPresentationsPage'),
  'CloudPresentationsPage',
);
const EmployerPresentationsPage = lazyPage(
  () => import('../../features/presentations/EmployerPresentationsPage'),
  'EmployerPresentationsPage',
);
const ResumesPage = lazyPage(() => import('../../features/employer-applications/ResumesPage'), 'ResumesPage');
const CalendarPage = lazyPage(
  () => import('../../features/employer-interviews/CalendarPage'),
  'CalendarPage',
);
const DashboardPage = lazyPage(
  () => import('../../features/employer-interviews/DashboardPage'),
  'DashboardPage',
);
const InterviewsPage = lazyPage(
  () => import('../../features/employer-interviews/InterviewsPage'),
  'InterviewsPage',
);
const EmployerJobsPage = lazyPage(
  () => import('../../features/employer-jobs/EmployerJobsPage'),
  'EmployerJobsPage',
);
const NotificationsPage = lazyPage(
  () => import('../../features/notifications/NotificationsPage'),
  'NotificationsPage',
);
const EmployerLiveUpdates = lazyPage(
  () => import('../../features/realtime/EmployerLiveUpdates'),
  'EmployerLiveUpdates',
);
const CampusTalentPage = lazyPage(() => import('../../features/talent/CampusTalentPage'), 'CampusTalentPage');
const RecommendedTalentPage = lazyPage(
  () => import('../../features/talent/RecommendedTalentPage'),
  'RecommendedTalentPage',
);

// Seed 002's menu, in its order and words. Each sentence says what the page will do (PRODUCT.md
// employer side); the pages come with later issues.
export const EMPLOYER_CONSOLE: ConsoleConfig = {
  area: 'employer',
  name: '用人单位',
  fallbackOrganisation: '未关联单位',
  login: { accountPlaceholder: '请输入手机号', registerPath: '/employer/register' },
  identityPages: STAFF_IDENTITY_PAGES,
  homeGroupKey: 'home',
  avatarMenu: [
    { label: '账号设置', path: 'account/profile' },
    { label: '公司设置', path: 'company/basic' },
    { label: '我的资产', path: 'mall/rights' },
  ],
  headerExtra: createElement(EmployerLiveUpdates),
  nav: [
    {
      key: 'home',
      label: '首页',
      children: [
        builtPage('home/dashboard', '工作台', createElement(DashboardPage)),
        builtPage('home/notifications', '消息通知', createElement(NotificationsPage)),
        builtPage('home/interviews', '面试安排', createElement(InterviewsPage)),
        builtPage('home/calendar', '校招日历/待办事项', createElement(CalendarPage)),
      ],
    },
    builtPage('jobs', '职位管理', createElement(EmployerJobsPage)),
    builtPage('resumes', '简历管理', createElement(ResumesPage)),
    {
      key: 'talent',
      label: '人才中心',
      children: [
        builtPage('talent/recommended', '人才推荐', createElement(RecommendedTalentPage)),
        builtPage('talent/campus', '高校人才', createElement(CampusTalentPage)),
      ],
    },
    {
      key: 'cloud',
      label: '云校招',
      children: [
        builtPage('cloud/presentations', '云宣讲', createElement(CloudPresentationsPage), [
          { path: ':id/live', element: createElement(CloudBroadcastPage) },
        ]),
        builtPage('cloud/video-fairs', '视频双选会', createElement(VideoFairsPage), [
          { path: ':fairId/hall', element: createElement(CandidateHallPage) },
          { path: 'rooms/:registrationId/:room', element: createElement(InterviewRoomPage) },
        ]),
        comingSoon(
          'cloud/tweets',
          '同城推文',
          '关注需要推广招聘信息的城市，申请并支付同城推文，查看推送状态。',
        ),
      ],
    },
    {
      key: 'campus',
      label: '校园招聘',
      children: [
        builtPage('campus/universities', '入驻高校', createElement(UniversityEntriesPage)),
        builtPage('campus/presentations', '宣讲会', createElement(EmployerPresentationsPage)),
        builtPage('campus/job-fairs', '双选会', createElement(EmployerJobFairsPage)),
        builtPage('campus/brochures', '在线招聘', createElement(BrochuresPage)),
        builtPage('campus/qa', '校招答疑', createElement(CampusQaPage)),
      ],
    },
    {
      key: 'mall',
      label: '道具商城',
      children: [
        builtPage('mall', '道具商城', createElement(MallPage)),
        builtPage('mall/invoices', '开具发票', createElement(InvoicesPage)),
        builtPage('mall/points', '快点明细', createElement(PointsDetailPage)),
        builtPage('mall/rights', '我的权益', createElement(RightsPage)),
      ],
    },
    {
      key: 'company',
      label: '公司设置',
      children: [
        builtPage('company/basic', '基本资料', createElement(CompanyBasicPage)),
        builtPage('company/verification', '认证信息', createElement(CompanyVerificationPage)),
        builtPage('company/brand', '雇主品牌', createElement(CompanyBrandPage)),
        builtPage('company/members', '公司成员', createElement(CompanyMembersPage)),
      ],
    },
    {
      key: 'account',
      label: '账号设置',
      children: [
        builtPage('account/profile', '个人资料', createElement(ProfilePage)),
        builtPage('account/binding', '账号绑定', createElement(BindingPage)),
        builtPage('account/close', '账号注销', createElement(CloseAccountPage)),
        CHANGE_PASSWORD,
        builtPage('account/admin-application', '申请管理员', createElement(AdminApplicationPage)),
      ],
    },
  ],
};

import '../../components/mobile/antd-mobile-setup';
import { ConfigProvider } from 'antd-mobile';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { Suspense } from 'react';
import { Navigate, Route, Routes, ScrollRestoration, useMatch } from 'react-router';
import { lazyPage } from '../../components/lazy-page';
import { LoadingBlock } from '../../components/mobile/LoadState';
import '../../components/mobile/mobile.css';
import { SeekerLiveUpdates } from '../../features/realtime/SeekerLiveUpdates';
import { useSessionLifecycle } from '../../lib/session';
import { SeekerGuard } from './SeekerGuard';
import { SeekerNotFound } from './SeekerNotFound';

// Each page is a chunk of its own, loaded on its first visit: the home page loads none of the
// others (docs/decisions/014-web-chunks.md).
const ApplicationsPage = lazyPage(
  () => import('../../features/applications/ApplicationsPage'),
  'ApplicationsPage',
);
const ConversationPage = lazyPage(
  () => import('../../features/applications/ConversationPage'),
  'ConversationPage',
);
const FavouritesPage = lazyPage(() => import('../../features/favourites/FavouritesPage'), 'FavouritesPage');
const SeekerLoginPage = lazyPage(
  () => import('../../features/identity/seeker-login/SeekerLoginPage'),
  'SeekerLoginPage',
);
const SeekerPasswordPage = lazyPage(
  () => import('../../features/identity/seeker-password/SeekerPasswordPage'),
  'SeekerPasswordPage',
);
const RegisterPage = lazyPage(
  () => import('../../features/identity/seeker-registration/RegisterPage'),
  'RegisterPage',
);
const RegisterPasswordPage = lazyPage(
  () => import('../../features/identity/seeker-registration/RegisterPasswordPage'),
  'RegisterPasswordPage',
);
const RegisterResultPage = lazyPage(
  () => import('../../features/identity/seeker-registration/RegisterResultPage'),
  'RegisterResultPage',
);
const JobDetailPage = lazyPage(() => import('../../features/jobs/JobDetailPage'), 'JobDetailPage');
const JobSearchPage = lazyPage(() => import('../../features/jobs/JobSearchPage'), 'JobSearchPage');
const ProfilePage = lazyPage(() => import('../../features/seekers/ProfilePage'), 'ProfilePage');
const ResumeEditPage = lazyPage(() => import('../../features/seekers/ResumeEditPage'), 'ResumeEditPage');
const ResumePage = lazyPage(() => import('../../features/seekers/ResumePage'), 'ResumePage');
const InvitationsPage = lazyPage(() => import('../../features/talent/InvitationsPage'), 'InvitationsPage');
const PublicUniversityPage = lazyPage(
  () => import('../../features/universities/PublicUniversityPage'),
  'PublicUniversityPage',
);
const UniversityListPage = lazyPage(
  () => import('../../features/universities/UniversityListPage'),
  'UniversityListPage',
);
const SeekerJobFairsPage = lazyPage(
  () => import('../../features/job-fairs/SeekerJobFairsPage'),
  'SeekerJobFairsPage',
);
const SeekerJobFairPage = lazyPage(
  () => import('../../features/job-fairs/SeekerJobFairPage'),
  'SeekerJobFairPage',
);
const CampusCloudPresentationPage = lazyPage(
  () => import('../../features/cloud-presentations/CampusCloudPresentationPage'),
  'CampusCloudPresentationPage',
);
const CloudLiveViewPage = lazyPage(
  () => import('../../features/cloud-live/CloudLiveViewPage'),
  'CloudLiveViewPage',
);
const CampusPage = lazyPage(() => import('../../features/campus-students/CampusPage'), 'CampusPage');
const CampusPresentationPage = lazyPage(
  () => import('../../features/campus-students/CampusPresentationPage'),
  'CampusPresentationPage',
);
const CheckinCodePage = lazyPage(
  () => import('../../features/campus-students/CheckinCodePage'),
  'CheckinCodePage',
);
const SeekerBrochuresPage = lazyPage(
  () => import('../../features/brochures/SeekerBrochuresPage'),
  'SeekerBrochuresPage',
);
const SeekerBrochurePage = lazyPage(
  () => import('../../features/brochures/SeekerBrochurePage'),
  'SeekerBrochurePage',
);
const CompanyCampusPage = lazyPage(
  () => import('../../features/campus-qa/CompanyCampusPage'),
  'CompanyCampusPage',
);
const MyQuestionsPage = lazyPage(() => import('../../features/campus-qa/MyQuestionsPage'), 'MyQuestionsPage');
const SeekerVideoFairsPage = lazyPage(
  () => import('../../features/video-fairs/SeekerVideoFairsPage'),
  'SeekerVideoFairsPage',
);
const SeekerVideoFairPage = lazyPage(
  () => import('../../features/video-fairs/SeekerVideoFairPage'),
  'SeekerVideoFairPage',
);
const SeekerFairCompanyPage = lazyPage(
  () => import('../../features/video-interviews/SeekerFairCompanyPage'),
  'SeekerFairCompanyPage',
);
const MyVideoInterviewsPage = lazyPage(
  () => import('../../features/video-interviews/MyVideoInterviewsPage'),
  'MyVideoInterviewsPage',
);
const InterviewShortLink = lazyPage(
  () => import('../../features/video-interviews/InterviewShortLink'),
  'InterviewShortLink',
);
const SeekerInterviewPage = lazyPage(
  () => import('../../features/video-interviews/SeekerInterviewPage'),
  'SeekerInterviewPage',
);
const SeekerHomePage = lazyPage(() => import('./SeekerHomePage'), 'SeekerHomePage');
const UserPage = lazyPage(() => import('./UserPage'), 'UserPage');

/** /m/*: the seeker's mobile app (seed 000), antd-mobile in Chinese, laid out for a phone. */
export function SeekerArea() {
  useSessionLifecycle();
  // Seed 000 §二.2: the resume is edited on a PC, so that one page is laid out for a desktop.
  const desktop = useMatch('/m/resume/edit');
  return (
    <ConfigProvider locale={zhCN}>
      <div className={desktop ? 'm-app m-app--desktop' : 'm-app'}>
        <SeekerLiveUpdates />
        {/* Back to a list (search results, 我的应聘) returns to where it was scrolled. */}
        <ScrollRestoration />
        <Suspense fallback={<LoadingBlock />}>
          <Routes>
            <Route index element={<SeekerHomePage tab="home" />} />
            <Route path="recruit" element={<SeekerHomePage tab="recruit" />} />
            <Route path="login" element={<SeekerLoginPage />} />
            <Route path="register" element={<RegisterPage />} />
            <Route path="register/password" element={<RegisterPasswordPage />} />
            <Route path="register/result" element={<RegisterResultPage />} />
            {/* A job's detail opens without logging in (a shared link); applying asks to log in. */}
            <Route path="jobs/:id" element={<JobDetailPage />} />
            {/* Universities' public pages (issue 11 §1), open without logging in like a job's. */}
            <Route path="universities" element={<UniversityListPage />} />
            <Route path="universities/:id" element={<PublicUniversityPage />} />
            {/* 双选会 (issue 11 item 5): open without logging in. */}
            <Route path="campus/job-fairs" element={<SeekerJobFairsPage />} />
            <Route path="campus/job-fairs/:id" element={<SeekerJobFairPage />} />
            <Route path="campus/brochures" element={<SeekerBrochuresPage />} />
            <Route path="campus/brochures/:publicationId" element={<SeekerBrochurePage />} />
            <Route path="campus/cloud-presentations/:id" element={<CampusCloudPresentationPage />} />
            <Route path="campus/companies/:companyId" element={<CompanyCampusPage />} />
            <Route element={<SeekerGuard />}>
              <Route path="user" element={<UserPage />} />
              <Route path="password" element={<SeekerPasswordPage />} />
              <Route path="profile" element={<ProfilePage />} />
              <Route path="resume" element={<ResumePage />} />
              <Route path="resume/view" element={<Navigate to="/m/resume" replace />} />
              <Route path="resume/edit" element={<ResumeEditPage />} />
              <Route path="jobs" element={<JobSearchPage />} />
              <Route path="applications" element={<ApplicationsPage />} />
              <Route path="applications/:id" element={<ConversationPage />} />
              <Route path="favourites" element={<FavouritesPage />} />
              <Route path="invitations" element={<InvitationsPage />} />
              {/* 校园 (issue 11 §8): the student's university, 报名 and the 签到码. */}
              <Route path="campus" element={<CampusPage />} />
              <Route path="campus/presentations/:id" element={<CampusPresentationPage />} />
              <Route path="campus/signups/:id" element={<CheckinCodePage />} />
              <Route path="campus/questions" element={<MyQuestionsPage />} />
              {/* 直播宣讲 (issue 13 §1): a student of an approving university watches and comments. */}
              <Route path="campus/cloud-presentations/:id/live" element={<CloudLiveViewPage />} />
              {/* 视频双选会 (issue 13 §6): a company at a fair, 我的面试, one interview (queue and call). */}
              <Route path="campus/video-fairs" element={<SeekerVideoFairsPage />} />
              <Route path="campus/video-fairs/:id" element={<SeekerVideoFairPage />} />
              <Route
                path="campus/video-fairs/:fairId/companies/:registrationId"
                element={<SeekerFairCompanyPage />}
              />
              <Route path="campus/video-interviews" element={<MyVideoInterviewsPage />} />
              <Route path="campus/video-interviews/:id" element={<SeekerInterviewPage />} />
              <Route path="video-interviews" element={<InterviewShortLink />} />
              <Route path="video-interviews/:id" element={<InterviewShortLink />} />
            </Route>
            <Route path="*" element={<SeekerNotFound />} />
          </Routes>
        </Suspense>
      </div>
    </ConfigProvider>
  );
}

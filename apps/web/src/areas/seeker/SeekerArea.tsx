import '../../components/mobile/antd-mobile-setup';
import { ConfigProvider } from 'antd-mobile';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { Navigate, Route, Routes, ScrollRestoration, useMatch } from 'react-router';
import '../../components/mobile/mobile.css';
import { ApplicationsPage } from '../../features/applications/ApplicationsPage';
import { ConversationPage } from '../../features/applications/ConversationPage';
import { FavouritesPage } from '../../features/favourites/FavouritesPage';
import { SeekerLoginPage } from '../../features/identity/seeker-login/SeekerLoginPage';
import { SeekerPasswordPage } from '../../features/identity/seeker-password/SeekerPasswordPage';
import { RegisterPage } from '../../features/identity/seeker-registration/RegisterPage';
import { RegisterPasswordPage } from '../../features/identity/seeker-registration/RegisterPasswordPage';
import { RegisterResultPage } from '../../features/identity/seeker-registration/RegisterResultPage';
import { JobDetailPage } from '../../features/jobs/JobDetailPage';
import { JobSearchPage } from '../../features/jobs/JobSearchPage';
import { SeekerLiveUpdates } from '../../features/realtime/SeekerLiveUpdates';
import { ProfilePage } from '../../features/seekers/ProfilePage';
import { ResumeEditPage } from '../../features/seekers/ResumeEditPage';
import { ResumePage } from '../../features/seekers/ResumePage';
import { InvitationsPage } from '../../features/talent/InvitationsPage';
import { useSessionLifecycle } from '../../lib/session';
import { SeekerGuard } from './SeekerGuard';
import { SeekerHomePage } from './SeekerHomePage';
import { SeekerNotFound } from './SeekerNotFound';
import { UserPage } from './UserPage';

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
        <Routes>
          <Route index element={<SeekerHomePage tab="home" />} />
          <Route path="recruit" element={<SeekerHomePage tab="recruit" />} />
          <Route path="login" element={<SeekerLoginPage />} />
          <Route path="register" element={<RegisterPage />} />
          <Route path="register/password" element={<RegisterPasswordPage />} />
          <Route path="register/result" element={<RegisterResultPage />} />
          {/* A job's detail opens without logging in (a shared link); applying asks to log in. */}
          <Route path="jobs/:id" element={<JobDetailPage />} />
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
          </Route>
          <Route path="*" element={<SeekerNotFound />} />
        </Routes>
      </div>
    </ConfigProvider>
  );
}

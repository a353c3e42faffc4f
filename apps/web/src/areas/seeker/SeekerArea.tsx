import '../../components/mobile/antd-mobile-setup';
import { ConfigProvider } from 'antd-mobile';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { Route, Routes } from 'react-router';
import { MobileComingSoon } from '../../components/mobile/MobileComingSoon';
import '../../components/mobile/mobile.css';
import { SeekerLoginPage } from '../../features/identity/seeker-login/SeekerLoginPage';
import { SeekerPasswordPage } from '../../features/identity/seeker-password/SeekerPasswordPage';
import { RegisterPage } from '../../features/identity/seeker-registration/RegisterPage';
import { RegisterPasswordPage } from '../../features/identity/seeker-registration/RegisterPasswordPage';
import { RegisterResultPage } from '../../features/identity/seeker-registration/RegisterResultPage';
import { useSessionLifecycle } from '../../lib/session';
import { RECRUIT_ENTRIES } from './recruit-entries';
import { SeekerGuard } from './SeekerGuard';
import { SeekerHomePage } from './SeekerHomePage';
import { SeekerNotFound } from './SeekerNotFound';
import { UserPage } from './UserPage';

/** /m/*: the seeker's mobile app (seed 000), antd-mobile in Chinese, laid out for a phone. */
export function SeekerArea() {
  useSessionLifecycle();
  return (
    <ConfigProvider locale={zhCN}>
      <div className="m-app">
        <Routes>
          <Route index element={<SeekerHomePage tab="home" />} />
          <Route path="recruit" element={<SeekerHomePage tab="recruit" />} />
          <Route path="login" element={<SeekerLoginPage />} />
          <Route path="register" element={<RegisterPage />} />
          <Route path="register/password" element={<RegisterPasswordPage />} />
          <Route path="register/result" element={<RegisterResultPage />} />
          <Route element={<SeekerGuard />}>
            <Route path="user" element={<UserPage />} />
            <Route path="password" element={<SeekerPasswordPage />} />
          </Route>
          {RECRUIT_ENTRIES.map((entry) => (
            <Route
              key={entry.path}
              path={entry.path}
              element={
                <MobileComingSoon
                  title={entry.label}
                  summary={entry.summary}
                  back={{ to: '/m/recruit', label: '招聘' }}
                />
              }
            />
          ))}
          <Route path="*" element={<SeekerNotFound />} />
        </Routes>
      </div>
    </ConfigProvider>
  );
}

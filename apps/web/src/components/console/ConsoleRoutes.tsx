import { Route, Routes } from 'react-router';
import { ComingSoonPage } from './ComingSoonPage';
import { ConsoleGuard } from './ConsoleGuard';
import { ConsoleLayout } from './ConsoleLayout';
import { ConsoleNotFound } from './ConsoleNotFound';
import { ConsoleProviders } from './ConsoleProviders';
import { type ConsoleConfig, leavesOf } from './console-config';
import { WelcomePage } from './WelcomePage';

/** One console (employer, university, ops, centre): its login page, guard, layout and pages. */
export function ConsoleRoutes({ config }: { config: ConsoleConfig }) {
  const { login: ConsoleLoginPage, changePassword: ChangePasswordPage } = config.identityPages;
  return (
    <ConsoleProviders>
      <Routes>
        <Route path="login" element={<ConsoleLoginPage config={config} />} />
        <Route element={<ConsoleGuard config={config} />}>
          <Route element={<ConsoleLayout config={config} />}>
            <Route index element={<WelcomePage config={config} />} />
            {leavesOf(config.nav).map((leaf) => (
              <Route
                key={leaf.path}
                path={leaf.path}
                element={
                  leaf.page === 'change-password' ? (
                    <ChangePasswordPage area={config.area} />
                  ) : leaf.page === 'built' ? (
                    leaf.element
                  ) : (
                    <ComingSoonPage title={leaf.label} summary={leaf.summary} />
                  )
                }
              />
            ))}
            <Route path="*" element={<ConsoleNotFound config={config} />} />
          </Route>
        </Route>
      </Routes>
    </ConsoleProviders>
  );
}

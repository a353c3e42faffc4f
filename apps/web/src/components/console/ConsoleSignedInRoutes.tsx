import { Route, Routes } from 'react-router';
import { ComingSoonPage } from './ComingSoonPage';
import { ConsoleGuard } from './ConsoleGuard';
import { ConsoleLayout } from './ConsoleLayout';
import { ConsoleNotFound } from './ConsoleNotFound';
import { type ConsoleConfig, leavesOf } from './console-config';
import { WelcomePage } from './WelcomePage';

/**
 * Everything of a console behind its login: the guard, the layout with the header and navigation,
 * and the routes of its pages. A chunk of its own (ConsoleRoutes), so the login page never loads it;
 * each built page is a lazy chunk again (the areas' navigation).
 */
export function ConsoleSignedInRoutes({ config }: { config: ConsoleConfig }) {
  const ChangePasswordPage = config.identityPages.changePassword;
  return (
    <Routes>
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
          {leavesOf(config.nav).flatMap((leaf) =>
            leaf.page === 'built'
              ? (leaf.subPages ?? []).map((sub) => (
                  <Route
                    key={`${leaf.path}/${sub.path}`}
                    path={`${leaf.path}/${sub.path}`}
                    element={sub.element}
                  />
                ))
              : [],
          )}
          <Route path="*" element={<ConsoleNotFound config={config} />} />
        </Route>
      </Route>
    </Routes>
  );
}

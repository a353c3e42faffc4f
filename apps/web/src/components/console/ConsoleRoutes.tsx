import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { lazyPage } from '../lazy-page';
import { PageLoading } from '../page-states';
import { ConsoleProviders } from './ConsoleProviders';
import type { ConsoleConfig } from './console-config';

const ConsoleSignedInRoutes = lazyPage(() => import('./ConsoleSignedInRoutes'), 'ConsoleSignedInRoutes');

/**
 * One console (employer, university, ops, centre): its login page, and behind it the guard, layout
 * and pages. Each is loaded when first shown, so the login page downloads only itself.
 */
export function ConsoleRoutes({ config }: { config: ConsoleConfig }) {
  const ConsoleLoginPage = config.identityPages.login;
  return (
    <ConsoleProviders>
      <Suspense fallback={<PageLoading />}>
        <Routes>
          <Route path="login" element={<ConsoleLoginPage config={config} />} />
          <Route path="*" element={<ConsoleSignedInRoutes config={config} />} />
        </Routes>
      </Suspense>
    </ConsoleProviders>
  );
}

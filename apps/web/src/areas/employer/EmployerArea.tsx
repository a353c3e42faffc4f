import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { ConsoleProviders } from '../../components/console/ConsoleProviders';
import { ConsoleRoutes } from '../../components/console/ConsoleRoutes';
import { lazyPage } from '../../components/lazy-page';
import { PageLoading } from '../../components/page-states';
import { EMPLOYER_CONSOLE } from './employer-nav';

const EmployerRegisterPage = lazyPage(
  () => import('../../features/employer-registration/EmployerRegisterPage'),
  'EmployerRegisterPage',
);

/** /employer/*: the employer console (seed 002), and its public sign-up wizard at /employer/register. */
export function EmployerArea() {
  return (
    <Routes>
      <Route
        path="register"
        element={
          <ConsoleProviders>
            <Suspense fallback={<PageLoading />}>
              <EmployerRegisterPage />
            </Suspense>
          </ConsoleProviders>
        }
      />
      <Route path="*" element={<ConsoleRoutes config={EMPLOYER_CONSOLE} />} />
    </Routes>
  );
}

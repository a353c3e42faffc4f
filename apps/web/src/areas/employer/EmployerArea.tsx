import { Route, Routes } from 'react-router';
import { ConsoleProviders } from '../../components/console/ConsoleProviders';
import { ConsoleRoutes } from '../../components/console/ConsoleRoutes';
import { EmployerRegisterPage } from '../../features/employer-registration/EmployerRegisterPage';
import { EMPLOYER_CONSOLE } from './employer-nav';

/** /employer/*: the employer console (seed 002), and its public sign-up wizard at /employer/register. */
export function EmployerArea() {
  return (
    <Routes>
      <Route
        path="register"
        element={
          <ConsoleProviders>
            <EmployerRegisterPage />
          </ConsoleProviders>
        }
      />
      <Route path="*" element={<ConsoleRoutes config={EMPLOYER_CONSOLE} />} />
    </Routes>
  );
}

import { ConsoleRoutes } from '../../components/console/ConsoleRoutes';
import { EMPLOYER_CONSOLE } from './employer-nav';

/** /employer/*: the employer console (seed 002). */
export function EmployerArea() {
  return <ConsoleRoutes config={EMPLOYER_CONSOLE} />;
}

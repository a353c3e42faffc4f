import type { ConsoleIdentityPages } from '../components/console/console-config';
import { lazyPage } from '../components/lazy-page';

/**
 * 登录 and 修改密码 of every console (employer, university, ops, centre), each a chunk of its own:
 * the login page is a console's first page, and loads nothing of the signed-in console.
 */
export const STAFF_IDENTITY_PAGES: ConsoleIdentityPages = {
  login: lazyPage(() => import('../features/identity/staff-login/ConsoleLoginPage'), 'ConsoleLoginPage'),
  changePassword: lazyPage(
    () => import('../features/identity/staff-password/ChangeStaffPasswordPage'),
    'ChangeStaffPasswordPage',
  ),
};

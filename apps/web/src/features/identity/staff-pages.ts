import type { ConsoleIdentityPages } from '../../components/console/console-config';
import { ConsoleLoginPage } from './staff-login/ConsoleLoginPage';
import { ChangeStaffPasswordPage } from './staff-password/ChangeStaffPasswordPage';

/** 登录 and 修改密码 of every console (employer, university, ops, centre). */
export const STAFF_IDENTITY_PAGES: ConsoleIdentityPages = {
  login: ConsoleLoginPage,
  changePassword: ChangeStaffPasswordPage,
};

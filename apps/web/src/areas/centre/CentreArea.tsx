import { ConsoleRoutes } from '../../components/console/ConsoleRoutes';
import { CHANGE_PASSWORD, type ConsoleConfig, comingSoon } from '../../components/console/console-config';
import { STAFF_IDENTITY_PAGES } from '../staff-identity-pages';

// Seed 000 §一.2 and §二.2: centres open accounts for HK/Macau/Taiwan permit holders and change the
// basic information the seeker cannot change in the app.
const CENTRE_CONSOLE: ConsoleConfig = {
  area: 'centre',
  name: '各区就业促进中心',
  fallbackOrganisation: '未关联区中心',
  login: { accountPlaceholder: '请输入账号' },
  identityPages: STAFF_IDENTITY_PAGES,
  nav: [
    comingSoon(
      'permit-accounts',
      '港澳台人员开户',
      '为持港澳台通行证或居住证的人员开设求职账号，账号按编码规则自动生成。',
    ),
    comingSoon('seeker-changes', '求职者信息变更', '凭证件材料变更求职者的基本信息、学历和政治面貌。'),
    { key: 'account', label: '账号设置', children: [CHANGE_PASSWORD] },
  ],
};

/** /centre/*: the district employment-centre console. */
export function CentreArea() {
  return <ConsoleRoutes config={CENTRE_CONSOLE} />;
}

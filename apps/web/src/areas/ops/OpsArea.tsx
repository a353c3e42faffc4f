import { ConsoleRoutes } from '../../components/console/ConsoleRoutes';
import {
  builtPage,
  CHANGE_PASSWORD,
  type ConsoleConfig,
  comingSoon,
} from '../../components/console/console-config';
import { lazyPage } from '../../components/lazy-page';
import { STAFF_IDENTITY_PAGES } from '../staff-identity-pages';

// Loaded when first shown, so the login page loads neither (docs/decisions/014-web-chunks.md).
const OperatorLiveUpdates = lazyPage(
  () => import('../../features/realtime/OperatorLiveUpdates'),
  'OperatorLiveUpdates',
);
const ReviewQueuePage = lazyPage(() => import('../../features/reviews/ReviewQueuePage'), 'ReviewQueuePage');
const OpsMembershipLeadsPage = lazyPage(
  () => import('../../features/membership/OpsMembershipLeadsPage'),
  'OpsMembershipLeadsPage',
);
const OpsReconciliationPage = lazyPage(
  () => import('../../features/points/OpsReconciliationPage'),
  'OpsReconciliationPage',
);
const OpsInvoicesPage = lazyPage(() => import('../../features/invoices/OpsInvoicesPage'), 'OpsInvoicesPage');
const OpsOrdersPage = lazyPage(() => import('../../features/points/OpsOrdersPage'), 'OpsOrdersPage');
const OpsPackagesPage = lazyPage(() => import('../../features/mall/OpsPackagesPage'), 'OpsPackagesPage');
const WorkCalendarPage = lazyPage(
  () => import('../../features/work-calendar/WorkCalendarPage'),
  'WorkCalendarPage',
);

// PRODUCT.md roles: operators review companies, admin applications, tweets, invoices and membership
// leads, and configure packages and prices.
const OPS_CONSOLE: ConsoleConfig = {
  area: 'ops',
  name: '平台运营',
  fallbackOrganisation: '开放招聘平台',
  login: { accountPlaceholder: '请输入账号' },
  identityPages: STAFF_IDENTITY_PAGES,
  headerExtra: <OperatorLiveUpdates />,
  nav: [
    builtPage(
      'company-verifications',
      '单位认证审核',
      <ReviewQueuePage kind="new_company" title="单位认证审核" />,
    ),
    builtPage(
      'admin-applications',
      '管理员申请审核',
      <ReviewQueuePage kind="admin_application" title="管理员申请审核" />,
    ),
    builtPage(
      'verification-changes',
      '认证变更审核',
      <ReviewQueuePage kind="verification_change" title="认证变更审核" />,
    ),
    builtPage('work-calendar', '工作日历', <WorkCalendarPage />),
    comingSoon('tweets', '同城推文审核', '审核单位申请并支付的同城推文。'),
    builtPage('invoices', '发票管理', <OpsInvoicesPage />),
    builtPage('membership-leads', '会员线索', <OpsMembershipLeadsPage />),
    builtPage('orders', '订单管理', <OpsOrdersPage />),
    builtPage('reconciliation', '对账', <OpsReconciliationPage />),
    builtPage('packages', '套餐与价格', <OpsPackagesPage />),
    comingSoon('accounts', '账号管理', '查看平台各类账号，停用或启用账号。'),
    { key: 'account', label: '账号设置', children: [CHANGE_PASSWORD] },
  ],
};

/** /ops/*: the platform operators' console. */
export function OpsArea() {
  return <ConsoleRoutes config={OPS_CONSOLE} />;
}

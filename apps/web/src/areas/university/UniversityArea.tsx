import { ConsoleRoutes } from '../../components/console/ConsoleRoutes';
import {
  builtPage,
  CHANGE_PASSWORD,
  type ConsoleConfig,
  comingSoon,
} from '../../components/console/console-config';
import { lazyPage } from '../../components/lazy-page';
import { STAFF_IDENTITY_PAGES } from '../staff-identity-pages';

const UniversityProfilePage = lazyPage(
  () => import('../../features/universities/UniversityProfilePage'),
  'UniversityProfilePage',
);
const UniversityLiveUpdates = lazyPage(
  () => import('../../features/realtime/UniversityLiveUpdates'),
  'UniversityLiveUpdates',
);
const ReviewQueuePage = lazyPage(() => import('../../features/reviews/ReviewQueuePage'), 'ReviewQueuePage');
const UniversityStaffPage = lazyPage(
  () => import('../../features/universities/UniversityStaffPage'),
  'UniversityStaffPage',
);

// PRODUCT.md roles: university staff approve entries, presentations, job-fair entries, brochures and
// cloud presentations, and run video job fairs.
const UNIVERSITY_CONSOLE: ConsoleConfig = {
  area: 'university',
  name: '高校就业中心',
  fallbackOrganisation: '未关联高校',
  login: { accountPlaceholder: '请输入邮箱或账号' },
  identityPages: STAFF_IDENTITY_PAGES,
  headerExtra: <UniversityLiveUpdates />,
  nav: [
    builtPage(
      'entries',
      '入驻审核',
      <ReviewQueuePage reviewer="university" kind="university_entry" title="入驻审核" />,
    ),
    comingSoon('presentations', '宣讲会审核', '在三个工作日内审核单位的宣讲会申请，并确定场地和时间。'),
    comingSoon('job-fairs', '双选会审核', '在三个工作日内审核单位对本校双选会的入驻申请和报名。'),
    comingSoon('brochures', '招聘简章审核', '在两个工作日内审核单位发布的在线招聘简章。'),
    comingSoon('cloud-presentations', '云宣讲审核', '审核单位的录播或直播云宣讲申请，通过后向学生展示。'),
    comingSoon('video-fairs', '视频双选会', '举办视频双选会，审核单位报名，查看面试间情况。'),
    builtPage('profile', '高校信息', <UniversityProfilePage />),
    builtPage('staff', '账号管理', <UniversityStaffPage />),
    { key: 'account', label: '账号设置', children: [CHANGE_PASSWORD] },
  ],
};

/** /university/*: the university career centre's console. */
export function UniversityArea() {
  return <ConsoleRoutes config={UNIVERSITY_CONSOLE} />;
}

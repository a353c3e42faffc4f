import { createElement } from 'react';
import {
  builtPage,
  CHANGE_PASSWORD,
  type ConsoleConfig,
  comingSoon,
} from '../../components/console/console-config';
import { CompanyMembersPage } from '../../features/company-members/CompanyMembersPage';
import { NotificationsPage } from '../../features/employer-notifications/NotificationsPage';

// Seed 002's menu, in its order and words. Each sentence says what the page will do (PRODUCT.md
// employer side); the pages come with later issues.
export const EMPLOYER_CONSOLE: ConsoleConfig = {
  area: 'employer',
  name: '用人单位',
  fallbackOrganisation: '未关联单位',
  login: { accountPlaceholder: '请输入手机号', registerPath: '/employer/register' },
  homeGroupKey: 'home',
  nav: [
    {
      key: 'home',
      label: '首页',
      children: [
        builtPage('home/notifications', '消息通知', createElement(NotificationsPage)),
        comingSoon(
          'home/interviews',
          '面试安排',
          '新增线下面试或学校远程面试，从面试夹导入学生并一次性通知所有人。',
        ),
        comingSoon(
          'home/calendar',
          '校招日历/待办事项',
          '审核通过的宣讲会、双选会自动进入待办事项，招聘活动可点击“新增”手动添加。',
        ),
      ],
    },
    comingSoon(
      'jobs',
      '职位管理',
      '新增职位并保存即发布到“招聘中”，可下架、删除已下架职位，分享职位二维码和置顶职位。',
    ),
    comingSoon(
      'resumes',
      '简历管理',
      '在“未处理”中查看新投递的简历，下载、标记，并按投递职位、来源、学历筛选。',
    ),
    {
      key: 'talent',
      label: '人才中心',
      children: [
        comingSoon(
          'talent/recommended',
          '人才推荐',
          '下载推荐的简历即可获得联系方式，简历同时转存至简历管理“未处理”。',
        ),
        comingSoon('talent/campus', '高校人才', '邀约高校学生，邀约记录显示“待确认”“已同意”两种状态。'),
      ],
    },
    {
      key: 'cloud',
      label: '云校招',
      children: [
        comingSoon('cloud/presentations', '云宣讲', '向已入驻高校申请录播或直播宣讲，高校审核后对学生展示。'),
        comingSoon(
          'cloud/video-fairs',
          '视频双选会',
          '报名视频双选会并支付，邀请求职者面试，在面试间排队依次面试并评价。',
        ),
        comingSoon(
          'cloud/tweets',
          '同城推文',
          '关注需要推广招聘信息的城市，申请并支付同城推文，查看推送状态。',
        ),
      ],
    },
    {
      key: 'campus',
      label: '校园招聘',
      children: [
        comingSoon(
          'campus/universities',
          '入驻高校',
          '选择高校并点击“入驻”，入驻后可在该校开展宣讲会、双选会和在线招聘。',
        ),
        comingSoon(
          'campus/presentations',
          '宣讲会',
          '申请宣讲会，学校在三个工作日内审核并电话确定场地和时间。',
        ),
        comingSoon('campus/job-fairs', '双选会', '对双选会“申请入驻”或“报名”，学校在三个工作日内审核。'),
        comingSoon('campus/brochures', '在线招聘', '新增并发布招聘简章，学校在两个工作日内审核。'),
        comingSoon('campus/qa', '校招答疑', '回复学生咨询的问题，并新增、发布统一的答疑说明。'),
      ],
    },
    comingSoon(
      'mall',
      '道具商城',
      '充值快点、开具发票、购买道具包、开通或升级会员，查看我的权益和使用记录。',
    ),
    {
      key: 'company',
      label: '公司设置',
      children: [
        comingSoon('company/basic', '基本信息', '修改单位的基本资料，点击保存即可生效。'),
        comingSoon(
          'company/verification',
          '认证信息',
          '修改认证信息后需重新发起认证，一个工作日内审核完毕。',
        ),
        comingSoon('company/brand', '雇主品牌', '编辑向求职者展示的雇主品牌介绍。'),
        builtPage('company/members', '公司成员', createElement(CompanyMembersPage)),
      ],
    },
    {
      key: 'account',
      label: '账号设置',
      children: [
        comingSoon('account/profile', '个人资料', '修改头像、姓名、昵称和部门，求职者只看到昵称。'),
        comingSoon('account/binding', '账号绑定', '绑定或解绑接收审核结果等通知的渠道。'),
        comingSoon('account/close', '账号注销', '注销账号，注销后将无法使用系统办理业务。'),
        CHANGE_PASSWORD,
      ],
    },
  ],
};

/**
 * The demo accounts, one per role (README lists them). Passwords are public: demo data only.
 * The seeker's ID number is a valid GB 11643 number for a fictional person.
 */
export const DEMO = {
  seeker: {
    name: '陈晓明',
    idNumber: '310101199101130038',
    mobile: '13800138000',
    bankCard: '6222021001116220002',
    password: '582046',
  },
  company: {
    name: '上海申城智造科技有限公司',
    code: '91310115MA1K3BTP2B',
  },
  employerAdmin: { loginName: '13900000001', displayName: '张璇', password: 'Demo@2026' },
  employerMember: { loginName: '13900000002', displayName: '李明', password: 'Demo@2026' },
  /**
   * The admin of the company approved in 单位认证审核 (demo-platform-reviews): a second verified
   * company with an empty 快点 wallet, no rights and no membership (道具商城: 0 快点 and 去充值).
   */
  emptyWalletAdmin: { loginName: '13900000013', displayName: '郑丽娜', password: 'Demo@2026' },
  /** 申江大学's admin (账号管理); universityMember is one of its other staff. */
  universityStaff: { loginName: 'career@shenjiang.edu.cn', displayName: '王老师', password: 'Demo@2026' },
  universityMember: { loginName: 'jiuye@shenjiang.edu.cn', displayName: '赵老师', password: 'Demo@2026' },
  operator: { loginName: 'ops', displayName: '平台运营', password: 'Demo@2026' },
  centreStaff: {
    loginName: 'centre.huangpu',
    displayName: '黄浦区就业促进中心',
    password: 'Demo@2026',
    districtCode: '310101',
  },
} as const;

/** Fictional universities; codes follow the 10-digit 学校标识码 shape. */
export const DEMO_UNIVERSITIES = [
  { name: '申江大学', code: '4131010001', city: '上海市' },
  { name: '浦江理工大学', code: '4131010002', city: '上海市' },
  { name: '沪东师范学院', code: '4131010003', city: '上海市' },
] as const;

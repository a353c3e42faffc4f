import type { Area } from '@openrecruit/shared';
import { freshCreditCode } from './factories/onboarding';

// Who may call each route of the app (issue 10, authorisation matrix). One row per `METHOD /path`
// as Fastify registered it; src/plugins/authorisation-matrix.api.test.ts fails for a route without
// a row and for a row without a route, so a new route cannot ship without saying who may call it.
// The expected answer of every role is derived from the row (expectedAnswer below), never written
// per request: logged out or another area's session → 401; a member on an admin-only route → 403;
// another company's HR or another seeker on a record of company A / seeker A → 404. Universities
// likewise: university A has its admin and a member; the `university` column is the admin of
// university B, a stranger to university A's records.

/** The fixture records the test builds for company A, seeker A and university A (authorisation-fixtures.ts). */
export type RecordKind =
  | 'company'
  | 'job'
  /** A second job of company A for 下架 / 重新发布 / 删除, so the main job stays 招聘中. */
  | 'retiringJob'
  | 'pin'
  | 'application'
  /** The application, put back into the 面试夹 before each owner's call (the call removes it). */
  | 'folderItem'
  | 'member'
  | 'todo'
  | 'interviewSession'
  | 'invitation'
  | 'joinRequest'
  | 'notification'
  | 'photo'
  | 'avatar'
  | 'review'
  /** A university_entry request in university A's queue. */
  | 'universityReview'
  | 'reviewFile'
  /** A spare account the operator may disable and enable. */
  | 'account'
  /** University A. */
  | 'university'
  /** A staff member of university A whom its admin manages. */
  | 'universityStaff'
  /** A 双选会 of university A (company A is 已入驻 there). */
  | 'jobFair'
  /** Company A's pending registration for that fair. */
  | 'jobFairRegistration'
  /** 场地: a room of university A, and one retired by the owner's call (fresh). */
  | 'venue'
  /** A manual booking (场地维护) of that room. */
  | 'venueBooking'
  /** A pending 宣讲会 of company A at university A. */
  | 'presentation'
  /** An approved 宣讲会 of company A at university A, starting within the hour (报名 and 签到). */
  | 'campusPresentation'
  /** Seeker A's sign-up for it (seeker A is a student of university A). */
  | 'campusSignup'
  /** An export list's file name (not a record): every university's staff export their own rows. */
  | 'exportFile'
  /** 招聘简章 (issue 11 item 6): company A's brochure, approved at university A with a newer version pending. */
  | 'brochure'
  /** Its publication at university A (an approved version: public). */
  | 'brochurePublication'
  /** Its picture (uploaded by company A's admin; in the approved version and the pending review). */
  | 'brochureImage'
  /** A file of a request in university A's queue (the brochure's picture). */
  | 'universityReviewFile'
  /** 校招答疑 (item 7): seeker A's question to company A, and company A's FAQ. */
  | 'campusQuestion'
  | 'campusFaq';

/**
 * Whose the record in the path is: `organisation` (company A's, or seeker A's: another company's HR
 * or another seeker gets 404), `account` (one person's: company A's admin only), or `anyone` (every
 * caller of the area may read it: a published job, the platform's review queue).
 */
export type RecordOwner = 'organisation' | 'account' | 'anyone';

export interface RouteAccess {
  who: 'public' | Area;
  /** 单位管理员 (or the university's admin) only: an HR member (a university's other staff) gets 403. */
  adminOnly?: true;
  /** What fills each record id of the path. */
  params?: Record<string, RecordKind>;
  owner?: RecordOwner;
  /** A body that passes validation, so a refusal comes from the access check and not from the schema. */
  body?: unknown;
  /** A query string (without `?`) for routes whose query is required. */
  query?: string;
  /** The owner's call deletes the record: each owner cell gets a new one. */
  fresh?: true;
  /** Why the owner cells cannot run (the foreign cells still run, on a random id). */
  skipOwn?: string;
  /** Server-Sent Events: the answer's head is read, then the stream is dropped. */
  stream?: true;
  /** Changes what other rows need (withdraws the application, ends the session): runs after them, in table order. */
  last?: true;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const at = (offset: number, time: string) => `${day(offset)}T${time}:00+08:00`;

/** 招聘简章 and 校招答疑: a university company A entered and a verified company, with fixed ids (fixtures). */
export const MATRIX_BROCHURE_UNIVERSITY_ID = '7d0f3c52-2f3e-4f0e-9a55-5b0c1c0b7a11';
export const MATRIX_QA_COMPANY_ID = '7d0f3c52-2f3e-4f0e-9a55-5b0c1c0b7a12';
const BROCHURE_BODY = {
  title: '授权矩阵招聘简章',
  bodyHtml: '<p>欢迎加入</p>',
  jobIds: [],
  imageFileIds: [],
};
const FAQ_BODY = { question: '是否提供住宿？', answer: '提供员工宿舍。' };

const DECISION = { decision: 'reject', reason: '授权矩阵测试' };
/** 套餐与价格 新增/编辑. */
const MATRIX_PACKAGE_BODY = {
  name: '授权矩阵道具包',
  pricePoints: 100,
  contents: [{ right: 'resume_download', quantity: 5 }],
  validityDays: 30,
};
/** 新建双选会 / 编辑 (a fair at a place that is not a room). */
const JOB_FAIR_BODY = {
  title: '授权矩阵双选会',
  startsAt: at(10, '09:00'),
  endsAt: at(10, '15:00'),
  location: '体育馆',
  boothKinds: [{ name: '标准展位', feeCents: 0, count: 3 }],
  registrationOpensAt: at(-1, '09:00'),
  registrationClosesAt: at(5, '17:00'),
};
const JOB_BODY = {
  title: '行政助理',
  occupation: '行政办事员',
  salaryMin: 6000,
  salaryMax: 8000,
  headcount: 2,
  education: '30',
  ageMin: 18,
  ageMax: 45,
  workNature: '01',
  workArea: '310101',
  address: '上海市黄浦区人民大道200号',
  description: '负责日常行政事务。',
  skills: '熟练使用办公软件。',
  probationMonths: 0,
  probationSalary: null,
  contactName: '张老师',
  contactPhone: '021-63210000',
};
const TODO_BODY = { title: '张江人才市场专场招聘', startsAt: at(3, '09:00'), endsAt: at(3, '12:00') };
const VERIFICATION_BODY = {
  name: '授权矩阵测试有限公司',
  code: freshCreditCode(),
  province: '31',
  city: '上海市',
  address: '上海市徐汇区漕溪北路88号',
  landline: '021-64870000',
  email: 'contact@example.com',
  recruitEmail: 'hr@example.com',
  postcode: '200030',
  nature: 'private',
  industry: 'I',
};

const sessionRoutes = (area: Area): Record<string, RouteAccess> => ({
  [`POST /api/auth/${area}/login`]: { who: 'public' },
  [`GET /api/auth/${area}/session`]: { who: area },
  [`POST /api/auth/${area}/logout`]: { who: area, last: true },
  ...(area === 'seeker' ? {} : { [`POST /api/auth/${area}/password`]: { who: area } }),
});

/** Media sessions: access comes from the session's kind (media.api.test.ts and cloud-live.api.test.ts check owners). */
const MEDIA_SKIP =
  'a session is an interview or a live broadcast; media.api.test.ts checks the owners and 404 for others';
const MEDIA_SIGNAL_BODY = {
  to: '7d0f3c52-2f3e-4f0e-9a55-5b0c1c0b7a13',
  peerId: 'matrix',
  kind: 'offer',
  payload: { type: 'offer', sdp: 'v=0' },
};

/** 视频双选会面试: owners need an approved registration and a fair going on; video-interviews.api.test.ts checks them. */
const VIDEO_INTERVIEW_SKIP =
  'needs an approved video fair registration and its interviews: video-interviews.api.test.ts checks the owners and 404 for others';
const VIDEO_INVITATION_BODY = {
  seekerAccountId: '7d0f3c52-2f3e-4f0e-9a55-5b0c1c0b7a13',
  origin: 'hall',
  room: 1,
};

const LIVE_SKIP =
  'a live 云宣讲 of company A is made by cloud-live.api.test.ts, which checks owners and 404 for others';

/** 新建视频双选会 / 编辑 (issue 13 §2). */
const VIDEO_FAIR_BODY = {
  title: '授权矩阵视频双选会',
  startsAt: at(14, '09:00'),
  endsAt: at(14, '17:00'),
  slotMinutes: 15,
  registrationDeadline: at(12, '17:00'),
  feePoints: 0,
  capacity: 10,
  agreementText: '参会单位应保证招聘信息真实有效。',
};
const VIDEO_FAIR_SKIP =
  'video-fairs.api.test.ts makes the fairs and registrations and checks owners and 404 for others';

export const AUTHORISATION_MATRIX: Record<string, RouteAccess> = {
  // system and public pages of the employer sign-up (seed 002 §一)
  'GET /healthz': { who: 'public' },
  'GET /openapi.json': { who: 'public' },
  'GET /api/public/dictionaries': { who: 'public' },
  'GET /api/public/universities': { who: 'public' },
  'POST /api/public/captcha': { who: 'public' },
  'POST /api/public/employer-registration': { who: 'public' },
  'POST /api/public/employer-registration/sms-code': { who: 'public' },
  'GET /api/public/employer-registration/company': { who: 'public' },
  'GET /api/public/employer-registration/authorisation-template': { who: 'public' },
  'POST /api/public/employer-registration/files': { who: 'public' },
  'GET /api/public/wechat/callback': { who: 'public' },
  'POST /api/public/wechat/callback': { who: 'public' },
  'GET /api/public/jobs/:jobId': { who: 'public', params: { jobId: 'job' } },
  'GET /api/public/companies/:companyId/logo': { who: 'public', params: { companyId: 'company' } },
  'GET /api/public/companies/:companyId/photos/:fileId': {
    who: 'public',
    params: { companyId: 'company', fileId: 'photo' },
  },
  'GET /api/public/universities/:id': { who: 'public', params: { id: 'university' } },
  'GET /api/public/universities/:id/logo': { who: 'public', params: { id: 'university' } },

  // seeker identity (seed 000 §一, §八)
  'POST /api/seeker/registration/verify': { who: 'public' },
  'POST /api/seeker/registration/complete': { who: 'public' },
  'POST /api/seeker/password-reset/sms-code': { who: 'public' },
  'POST /api/seeker/password-reset/verify': { who: 'public' },
  'POST /api/seeker/password-reset': { who: 'public' },
  'POST /api/seeker/password/sms-code': { who: 'seeker' },
  'POST /api/seeker/password/verify': { who: 'seeker' },
  'POST /api/seeker/password': { who: 'seeker' },

  // seeker: profile, resume, search, favourites, applications, invitations, live updates
  'GET /api/seeker/profile': { who: 'seeker' },
  'POST /api/seeker/profile/complete': { who: 'seeker' },
  'GET /api/seeker/resume': { who: 'seeker' },
  'PUT /api/seeker/resume': { who: 'seeker' },
  'GET /api/seeker/jobs': { who: 'seeker' },
  'GET /api/seeker/jobs/:jobId': { who: 'seeker', params: { jobId: 'job' }, owner: 'anyone' },
  'GET /api/seeker/favourites': { who: 'seeker' },
  'POST /api/seeker/favourites': { who: 'seeker' },
  'DELETE /api/seeker/favourites/:jobId': { who: 'seeker', params: { jobId: 'job' } },
  'GET /api/seeker/applications': { who: 'seeker' },
  'POST /api/seeker/applications': { who: 'seeker' },
  'GET /api/seeker/applications/:id/conversation': { who: 'seeker', params: { id: 'application' } },
  'POST /api/seeker/applications/:id/messages': {
    who: 'seeker',
    params: { id: 'application' },
    body: { body: '您好，请问面试安排在什么时候？' },
  },
  'POST /api/seeker/applications/:id/interview/answer': {
    who: 'seeker',
    params: { id: 'application' },
    body: { attend: true },
  },
  'GET /api/seeker/applications/:id/interview.ics': { who: 'seeker', params: { id: 'application' } },
  'POST /api/seeker/applications/:id/withdraw': { who: 'seeker', params: { id: 'application' }, last: true },
  'GET /api/seeker/invitations': { who: 'seeker' },
  'POST /api/seeker/invitations/:id/decline': { who: 'seeker', params: { id: 'invitation' } },
  'POST /api/seeker/invitations/:id/accept': { who: 'seeker', params: { id: 'invitation' } },
  'GET /api/seeker/notifications/summary': { who: 'seeker' },
  'GET /api/seeker/events': { who: 'seeker', stream: true },

  // employer: jobs (seed 002 §三)
  'GET /api/employer/jobs': { who: 'employer' },
  'POST /api/employer/jobs': { who: 'employer' },
  'GET /api/employer/jobs/:id': { who: 'employer', params: { id: 'job' } },
  'PUT /api/employer/jobs/:id': { who: 'employer', params: { id: 'job' }, body: JOB_BODY },
  'GET /api/employer/jobs/:id/share': { who: 'employer', params: { id: 'job' } },
  'GET /api/employer/jobs/:id/pins': { who: 'employer', params: { id: 'job' } },
  'POST /api/employer/jobs/:id/pins': {
    who: 'employer',
    params: { id: 'job' },
    body: { areas: ['310101'], startDate: day(1), endDate: day(3) },
  },
  'DELETE /api/employer/jobs/:id/pins/:pinId': {
    who: 'employer',
    params: { id: 'job', pinId: 'pin' },
    fresh: true,
  },
  'POST /api/employer/jobs/:id/offline': { who: 'employer', params: { id: 'retiringJob' } },
  'POST /api/employer/jobs/:id/republish': { who: 'employer', params: { id: 'retiringJob' } },
  'DELETE /api/employer/jobs/:id': { who: 'employer', params: { id: 'retiringJob' } },

  // employer: resumes (seed 002 §四)
  'GET /api/employer/applications': { who: 'employer' },
  'GET /api/employer/applications/job-options': { who: 'employer' },
  'POST /api/employer/applications/marks': { who: 'employer' },
  'POST /api/employer/applications/resumes.zip': { who: 'employer' },
  'GET /api/employer/applications/:id': { who: 'employer', params: { id: 'application' } },
  'GET /api/employer/applications/:id/resume.pdf': { who: 'employer', params: { id: 'application' } },
  'GET /api/employer/applications/:id/thread': { who: 'employer', params: { id: 'application' } },
  'POST /api/employer/applications/:id/mark': {
    who: 'employer',
    params: { id: 'application' },
    body: { mark: null },
  },
  'POST /api/employer/applications/:id/messages': {
    who: 'employer',
    params: { id: 'application' },
    body: { body: '您好，已收到您的简历。' },
  },
  'POST /api/employer/applications/:id/interview': {
    who: 'employer',
    params: { id: 'application' },
    body: { body: '请于下周一上午来公司面试。' },
  },
  'POST /api/employer/applications/:id/interview/confirm': {
    who: 'employer',
    params: { id: 'application' },
    body: {
      time: at(5, '10:00'),
      location: '上海市黄浦区人民大道200号',
      contactName: '张老师',
      contactPhone: '021-63210000',
    },
  },

  // employer: home — interviews, to-dos, calendar, dashboard (seed 002 §二)
  'GET /api/employer/dashboard': { who: 'employer' },
  'GET /api/employer/calendar': { who: 'employer', query: `from=${day(0)}&to=${day(30)}` },
  'GET /api/employer/interview-folder': { who: 'employer' },
  'POST /api/employer/interview-folder': { who: 'employer' },
  'DELETE /api/employer/interview-folder/:applicationId': {
    who: 'employer',
    params: { applicationId: 'folderItem' },
    fresh: true,
  },
  'GET /api/employer/interview-sessions': { who: 'employer' },
  'POST /api/employer/interview-sessions': { who: 'employer' },
  'GET /api/employer/interview-sessions/:id': { who: 'employer', params: { id: 'interviewSession' } },
  'POST /api/employer/interview-sessions/:id/notify': {
    who: 'employer',
    params: { id: 'interviewSession' },
    body: { applicationIds: ['00000000-0000-4000-8000-000000000000'] },
  },
  'GET /api/employer/todos': { who: 'employer' },
  'POST /api/employer/todos': { who: 'employer' },
  'PUT /api/employer/todos/:id': { who: 'employer', params: { id: 'todo' }, body: TODO_BODY },
  'POST /api/employer/todos/:id/complete': { who: 'employer', params: { id: 'todo' } },
  'DELETE /api/employer/todos/:id': { who: 'employer', params: { id: 'todo' }, fresh: true },

  // employer: talent centre (seed 002 §五)
  'GET /api/employer/talent/options': { who: 'employer' },
  'GET /api/employer/talent/recommendations': { who: 'employer' },
  'GET /api/employer/talent/downloads': { who: 'employer' },
  'POST /api/employer/talent/downloads': { who: 'employer' },
  'GET /api/employer/talent/campus': { who: 'employer' },
  'GET /api/employer/talent/invitations': { who: 'employer' },
  'POST /api/employer/talent/invitations': { who: 'employer' },

  // employer: 道具商城 (issue 12 §6-7); a package is the platform's (any company may buy it)
  'GET /api/employer/mall/packages': { who: 'employer' },
  'POST /api/employer/mall/packages/:id/purchase': {
    who: 'employer',
    params: { id: 'company' },
    owner: 'anyone',
    skipOwn: 'a purchase needs a package and 快点: mall.api.test.ts buys them',
  },
  'GET /api/employer/mall/rights': { who: 'employer' },
  'GET /api/employer/mall/usage': { who: 'employer' },
  // employer: 开具发票 (issue 12 §4)
  'GET /api/employer/invoices/options': { who: 'employer' },
  'GET /api/employer/invoices': { who: 'employer' },
  'POST /api/employer/invoices': {
    who: 'employer',
    body: {
      orderIds: ['7d0f3c52-2f3e-4f0e-9a55-5b0c1c0b7a19'],
      kind: 'normal',
      buyerTaxNo: freshCreditCode(),
      email: 'finance@example.com',
    },
  },
  'GET /api/employer/invoices/:id/file': {
    who: 'employer',
    params: { id: 'company' },
    skipOwn: 'an invoice of company A is issued by invoices/invoices.api.test.ts, which downloads it',
  },
  'GET /api/employer/invoices/:id/red-file': {
    who: 'employer',
    params: { id: 'company' },
    skipOwn: 'an invoice of company A is reversed by invoices/invoices.api.test.ts, which downloads it',
  },
  // employer: 会员 (issue 12 §6): the company's own membership and request
  'GET /api/employer/membership': { who: 'employer' },
  'POST /api/employer/membership/leads': {
    who: 'employer',
    body: { kind: 'open', contactName: '张三', contactMobile: '13900000001' },
  },

  // employer: notifications and live updates
  'GET /api/employer/notifications': { who: 'employer' },
  'POST /api/employer/notifications/read-all': { who: 'employer' },
  'POST /api/employer/notifications/:id/read': {
    who: 'employer',
    params: { id: 'notification' },
    owner: 'account',
  },
  'GET /api/employer/events': { who: 'employer', stream: true },

  // employer: account settings (seed 002 §九)
  'GET /api/employer/account/profile': { who: 'employer' },
  'PUT /api/employer/account/profile': { who: 'employer' },
  'POST /api/employer/account/avatar': { who: 'employer' },
  'GET /api/employer/account/avatar/:fileId': { who: 'employer', params: { fileId: 'avatar' } },
  'GET /api/employer/account/bindings': { who: 'employer' },
  'POST /api/employer/account/bindings/wechat/ticket': { who: 'employer' },
  'POST /api/employer/account/bindings/wechat/sandbox-scan': { who: 'employer' },
  'DELETE /api/employer/account/bindings/wechat': { who: 'employer' },
  'GET /api/employer/account/admin-application': { who: 'employer' },
  'POST /api/employer/account/admin-application': { who: 'employer' },
  'POST /api/employer/account/admin-application/files': { who: 'employer' },
  'POST /api/employer/account/close': { who: 'employer' },

  // employer: company settings and members (seed 002 §十), join requests (§一)
  'GET /api/employer/company': { who: 'employer' },
  'PUT /api/employer/company/basic': {
    who: 'employer',
    adminOnly: true,
    body: { shortName: '矩阵测试', scale: 'under_50', website: '' },
  },
  'POST /api/employer/company/verification-change': {
    who: 'employer',
    adminOnly: true,
    body: VERIFICATION_BODY,
  },
  'PUT /api/employer/company/brand': {
    who: 'employer',
    adminOnly: true,
    body: { introduction: '', benefitTags: [] },
  },
  'GET /api/employer/company/logo': { who: 'employer' },
  'POST /api/employer/company/logo': { who: 'employer', adminOnly: true },
  'POST /api/employer/company/photos': { who: 'employer', adminOnly: true },
  'GET /api/employer/company/photos/:fileId': { who: 'employer', params: { fileId: 'photo' } },
  'DELETE /api/employer/company/photos/:fileId': {
    who: 'employer',
    adminOnly: true,
    params: { fileId: 'photo' },
    fresh: true,
  },
  'GET /api/employer/members': { who: 'employer', adminOnly: true },
  'POST /api/employer/members': {
    who: 'employer',
    adminOnly: true,
    body: { name: '赵六', mobile: '13912345678', initialPassword: 'Init#2026ok' },
  },
  'PATCH /api/employer/members/:id': {
    who: 'employer',
    adminOnly: true,
    params: { id: 'member' },
    body: { name: '赵六' },
  },
  'POST /api/employer/members/:id/reset-password': {
    who: 'employer',
    adminOnly: true,
    params: { id: 'member' },
    body: { initialPassword: 'Reset#2026ok' },
  },
  'POST /api/employer/members/:id/deactivate': { who: 'employer', adminOnly: true, params: { id: 'member' } },
  'POST /api/employer/members/:id/activate': { who: 'employer', adminOnly: true, params: { id: 'member' } },
  'GET /api/employer/join-requests': { who: 'employer', adminOnly: true },
  'POST /api/employer/join-requests/:id/decision': {
    who: 'employer',
    adminOnly: true,
    params: { id: 'joinRequest' },
    body: DECISION,
  },

  // university: 高校信息 and 账号管理 (issue 11 §1)
  'GET /api/university/profile': { who: 'university' },
  'PUT /api/university/profile': {
    who: 'university',
    adminOnly: true,
    body: {
      address: '上海市杨浦区矩阵路1号',
      campuses: [{ name: '本部', address: '上海市杨浦区矩阵路1号' }],
      contactName: '王老师',
      contactPhone: '021-65430000',
      contactEmail: 'career@example.edu.cn',
      introduction: '',
    },
  },
  'POST /api/university/profile/logo': { who: 'university', adminOnly: true },
  'GET /api/university/staff': { who: 'university', adminOnly: true },
  'POST /api/university/staff': {
    who: 'university',
    adminOnly: true,
    body: { name: '赵六', loginName: 'matrix.new.staff', initialPassword: 'Init#2026ok' },
  },
  'POST /api/university/staff/:id/reset-password': {
    who: 'university',
    adminOnly: true,
    params: { id: 'universityStaff' },
    body: { initialPassword: 'Reset#2026ok' },
  },
  'POST /api/university/staff/:id/disable': {
    who: 'university',
    adminOnly: true,
    params: { id: 'universityStaff' },
  },
  'POST /api/university/staff/:id/enable': {
    who: 'university',
    adminOnly: true,
    params: { id: 'universityStaff' },
  },

  // 入驻高校: the company asks (any HR), university A's staff decide (campus issue §3)
  'GET /api/employer/university-entries': { who: 'employer' },
  'POST /api/employer/university-entries/:universityId': {
    who: 'employer',
    params: { universityId: 'university' },
    owner: 'anyone',
  },
  'GET /api/university/reviews': { who: 'university' },
  'GET /api/university/reviews/:id': { who: 'university', params: { id: 'universityReview' } },
  'POST /api/university/reviews/:id/decision': {
    who: 'university',
    params: { id: 'universityReview' },
    body: DECISION,
  },
  'GET /api/university/events': { who: 'university', stream: true },

  // 场地 / 场地日历 / 宣讲会 (issue 11 item 4): university A's staff (any of them) manage rooms and
  // bookings; company A's HR apply for and cancel presentations
  'GET /api/university/venues': { who: 'university' },
  'POST /api/university/venues': {
    who: 'university',
    body: { name: '授权矩阵报告厅', campus: '', capacity: 100, equipment: ['投影仪'] },
  },
  'PUT /api/university/venues/:id': {
    who: 'university',
    params: { id: 'venue' },
    body: { name: '授权矩阵场地', campus: '', capacity: 200, equipment: [] },
  },
  'POST /api/university/venues/:id/retire': { who: 'university', params: { id: 'venue' }, fresh: true },
  'GET /api/university/venue-bookings': {
    who: 'university',
    query: `from=${encodeURIComponent(at(0, '00:00'))}&to=${encodeURIComponent(at(30, '00:00'))}`,
  },
  'POST /api/university/venue-bookings': {
    who: 'university',
    body: {
      venueId: '00000000-0000-4000-8000-000000000000',
      startsAt: at(25, '09:00'),
      endsAt: at(25, '10:00'),
      title: '场地维护',
    },
  },
  'DELETE /api/university/venue-bookings/:id': {
    who: 'university',
    params: { id: 'venueBooking' },
    fresh: true,
  },
  'POST /api/university/venue-bookings/:id/move': {
    who: 'university',
    params: { id: 'venueBooking' },
    body: {
      venueId: '00000000-0000-4000-8000-000000000000',
      startsAt: at(26, '09:00'),
      endsAt: at(26, '10:00'),
    },
  },
  'GET /api/university/presentations/:id': { who: 'university', params: { id: 'presentation' } },
  'GET /api/employer/presentations': { who: 'employer' },
  'GET /api/employer/presentations/:id': { who: 'employer', params: { id: 'presentation' } },
  'POST /api/employer/presentations': {
    who: 'employer',
    body: {
      universityId: '00000000-0000-4000-8000-000000000000',
      title: '授权矩阵宣讲会',
      preferredSlots: [{ startsAt: at(12, '14:00'), endsAt: at(12, '16:00') }],
      expectedAudience: 100,
      contactName: '张老师',
      contactMobile: '13912345678',
      jobIds: ['00000000-0000-4000-8000-000000000000'],
    },
  },
  'POST /api/employer/presentations/:id/cancel': { who: 'employer', params: { id: 'presentation' } },

  // 云宣讲 (issue 13 §1): company A's HR apply and withdraw; university staff review and stream;
  // an approved one is public. Company A's own 云宣讲 are made by cloud-presentations.api.test.ts.
  'GET /api/employer/cloud-presentations': { who: 'employer' },
  'POST /api/employer/cloud-presentations': {
    who: 'employer',
    body: {
      format: 'live',
      universityIds: ['00000000-0000-4000-8000-000000000000'],
      title: '授权矩阵云宣讲',
      startsAt: at(12, '19:00'),
      endsAt: at(12, '20:00'),
      jobIds: ['00000000-0000-4000-8000-000000000000'],
    },
  },
  'GET /api/employer/cloud-presentations/:id': {
    who: 'employer',
    params: { id: 'company' },
    skipOwn: 'a 云宣讲 of company A is applied for by cloud-presentations.api.test.ts, which reads it',
  },
  'POST /api/employer/cloud-presentations/:id/withdraw': {
    who: 'employer',
    params: { id: 'company' },
    skipOwn: 'cloud-presentations.api.test.ts withdraws a 云宣讲 of company A',
  },
  'POST /api/employer/cloud-presentations/:id/resubmit': {
    who: 'employer',
    params: { id: 'company' },
    body: { universityId: '00000000-0000-4000-8000-000000000000' },
    skipOwn: 'cloud-presentations.api.test.ts re-submits a rejected 云宣讲 of company A',
  },
  'GET /api/employer/cloud-presentations/:id/video': {
    who: 'employer',
    params: { id: 'company' },
    skipOwn: 'cloud-presentations.api.test.ts streams the video of company A with ranges',
  },
  'GET /api/employer/cloud-presentations/:id/poster': {
    who: 'employer',
    params: { id: 'company' },
    skipOwn: 'cloud-presentations.api.test.ts reads the poster of company A',
  },
  'POST /api/employer/cloud-presentation-files/video': { who: 'employer' },
  'POST /api/employer/cloud-presentation-files/poster': { who: 'employer' },
  'GET /api/university/cloud-presentations': { who: 'university' },
  'GET /api/university/cloud-presentations/:id/video': {
    who: 'university',
    params: { id: 'university' },
    skipOwn: 'cloud-presentations.api.test.ts: the reviewing university streams a pending video',
  },
  'GET /api/university/cloud-presentations/:id/poster': {
    who: 'university',
    params: { id: 'university' },
    skipOwn: 'cloud-presentations.api.test.ts: the reviewing university reads a pending poster',
  },
  'GET /api/seeker/campus/cloud-presentations': { who: 'seeker' },
  'GET /api/public/cloud-presentations/:id': { who: 'public', params: { id: 'company' } },
  'GET /api/public/cloud-presentations/:id/video': { who: 'public', params: { id: 'company' } },
  'GET /api/public/cloud-presentations/:id/poster': { who: 'public', params: { id: 'company' } },
  'GET /api/public/universities/:id/cloud-presentations': { who: 'public', params: { id: 'university' } },

  // 双选会 (issue 11 item 5): university A's staff hold fairs; company A's HR 报名; anyone reads
  'GET /api/university/job-fairs': { who: 'university' },
  'POST /api/university/job-fairs': { who: 'university', body: JOB_FAIR_BODY },
  'GET /api/university/job-fairs/:fairId': { who: 'university', params: { fairId: 'jobFair' } },
  'PUT /api/university/job-fairs/:fairId': {
    who: 'university',
    params: { fairId: 'jobFair' },
    body: JOB_FAIR_BODY,
  },
  'POST /api/university/job-fairs/:fairId/registrations/:registrationId/booth': {
    who: 'university',
    params: { fairId: 'jobFair', registrationId: 'jobFairRegistration' },
    body: { boothId: null },
  },
  'POST /api/university/job-fairs/:fairId/auto-assign': { who: 'university', params: { fairId: 'jobFair' } },
  'POST /api/university/job-fairs/:fairId/cancel': {
    who: 'university',
    params: { fairId: 'jobFair' },
    last: true,
  },
  'GET /api/employer/job-fairs': { who: 'employer' },
  'GET /api/employer/job-fair-registrations': { who: 'employer' },
  'GET /api/employer/job-fairs/:fairId': { who: 'employer', params: { fairId: 'jobFair' }, owner: 'anyone' },
  'POST /api/employer/job-fairs/:fairId/registrations': {
    who: 'employer',
    params: { fairId: 'jobFair' },
    owner: 'anyone',
    body: {
      contacts: [{ name: '李经理', mobile: '13912345678' }],
      jobIds: ['00000000-0000-4000-8000-000000000000'],
      boothKind: 'A',
    },
  },
  'POST /api/employer/job-fair-registrations/:registrationId/withdraw': {
    who: 'employer',
    params: { registrationId: 'jobFairRegistration' },
    last: true,
  },
  'GET /api/public/job-fairs': { who: 'public' },
  'GET /api/public/job-fairs/:fairId': { who: 'public', params: { fairId: 'jobFair' } },

  // 视频双选会 (issue 13 §2): university A's staff hold fairs; company A's HR 报名 and pay; students
  // of the university sign up. Fairs and registrations of company A are made by video-fairs.api.test.ts,
  // which checks the owners and 404 for another university, company and seeker.
  'GET /api/university/video-fairs': { who: 'university' },
  'POST /api/university/video-fairs': { who: 'university', body: VIDEO_FAIR_BODY },
  'GET /api/university/video-fairs/:fairId': {
    who: 'university',
    params: { fairId: 'company' },
    skipOwn: VIDEO_FAIR_SKIP,
  },
  'PUT /api/university/video-fairs/:fairId': {
    who: 'university',
    params: { fairId: 'company' },
    body: VIDEO_FAIR_BODY,
    skipOwn: VIDEO_FAIR_SKIP,
  },
  'POST /api/university/video-fairs/:fairId/cancel': {
    who: 'university',
    params: { fairId: 'company' },
    body: { reason: '授权矩阵测试' },
    skipOwn: VIDEO_FAIR_SKIP,
  },
  'GET /api/employer/video-fairs': { who: 'employer' },
  'GET /api/employer/video-fairs/interviewer-options': { who: 'employer' },
  'GET /api/employer/video-fairs/:fairId': {
    who: 'employer',
    params: { fairId: 'company' },
    owner: 'anyone',
    skipOwn: VIDEO_FAIR_SKIP,
  },
  'POST /api/employer/video-fairs/:fairId/registrations': {
    who: 'employer',
    params: { fairId: 'company' },
    owner: 'anyone',
    body: {
      mode: 'video',
      requirements: '授权矩阵招聘需求',
      jobIds: [],
      interviewers: [{ room: 1, name: '面试官', accountId: '00000000-0000-4000-8000-000000000000' }],
      agreed: true,
      payWith: 'points',
    },
    skipOwn: VIDEO_FAIR_SKIP,
  },
  'GET /api/employer/video-fair-registrations': { who: 'employer' },
  'GET /api/employer/video-fair-registrations/:registrationId': {
    who: 'employer',
    params: { registrationId: 'company' },
    skipOwn: VIDEO_FAIR_SKIP,
  },
  'POST /api/employer/video-fair-registrations/:registrationId/cancel': {
    who: 'employer',
    params: { registrationId: 'company' },
    skipOwn: VIDEO_FAIR_SKIP,
  },
  'GET /api/seeker/video-fairs': { who: 'seeker' },
  'GET /api/seeker/video-fairs/:fairId': {
    who: 'seeker',
    params: { fairId: 'company' },
    skipOwn: VIDEO_FAIR_SKIP,
  },
  'POST /api/seeker/video-fairs/:fairId/signup': {
    who: 'seeker',
    params: { fairId: 'company' },
    skipOwn: VIDEO_FAIR_SKIP,
  },
  'DELETE /api/seeker/video-fairs/:fairId/signup': {
    who: 'seeker',
    params: { fairId: 'company' },
    skipOwn: VIDEO_FAIR_SKIP,
  },

  // 招聘简章 (issue 11 item 6): company A's HR (any) edit and 发布; university A's staff read the
  // pictures of their requests; anyone reads approved versions
  'GET /api/employer/brochures': { who: 'employer' },
  'POST /api/employer/brochures': { who: 'employer', body: BROCHURE_BODY },
  // No file here: 400 for every HR member.
  'POST /api/employer/brochure-images': { who: 'employer' },
  'GET /api/employer/brochure-images/:fileId': { who: 'employer', params: { fileId: 'brochureImage' } },
  'GET /api/employer/brochures/:id': { who: 'employer', params: { id: 'brochure' } },
  'PUT /api/employer/brochures/:id': { who: 'employer', params: { id: 'brochure' }, body: BROCHURE_BODY },
  'DELETE /api/employer/brochures/:id': { who: 'employer', params: { id: 'brochure' }, fresh: true },
  // The admin's call sends it for review (200), the member's finds it pending (409).
  'POST /api/employer/brochures/:id/publish': {
    who: 'employer',
    params: { id: 'brochure' },
    body: { universityIds: [MATRIX_BROCHURE_UNIVERSITY_ID] },
  },
  'GET /api/public/brochures': { who: 'public' },
  'GET /api/public/brochures/:publicationId': {
    who: 'public',
    params: { publicationId: 'brochurePublication' },
  },
  'GET /api/public/brochures/:publicationId/images/:fileId': {
    who: 'public',
    params: { publicationId: 'brochurePublication', fileId: 'brochureImage' },
  },
  'GET /api/university/files/:fileId': { who: 'university', params: { fileId: 'universityReviewFile' } },

  // 校招答疑 (issue 11 item 7): seekers ask, company A's HR (any) answer and keep FAQs
  'POST /api/seeker/campus/questions': {
    who: 'seeker',
    body: { companyId: MATRIX_QA_COMPANY_ID, contextKind: 'company', question: '请问还招聘应届生吗？' },
  },
  'GET /api/seeker/campus/questions': { who: 'seeker' },
  'GET /api/employer/campus-questions': { who: 'employer' },
  // The admin answers (200), the member then finds it answered (409).
  'POST /api/employer/campus-questions/:id/answer': {
    who: 'employer',
    params: { id: 'campusQuestion' },
    body: { answer: '欢迎投递。' },
  },
  'GET /api/employer/campus-faqs': { who: 'employer' },
  'POST /api/employer/campus-faqs': { who: 'employer', body: FAQ_BODY },
  'PUT /api/employer/campus-faqs/:id': { who: 'employer', params: { id: 'campusFaq' }, body: FAQ_BODY },
  'DELETE /api/employer/campus-faqs/:id': { who: 'employer', params: { id: 'campusFaq' }, fresh: true },
  'GET /api/public/companies/:companyId/campus': { who: 'public', params: { companyId: 'company' } },

  // platform operators (reviews, accounts, 工作日历)
  'GET /api/ops/work-calendar/overrides': { who: 'ops' },
  'PUT /api/ops/work-calendar/overrides': { who: 'ops', body: { overrides: [] } },
  'GET /api/ops/reviews': { who: 'ops' },
  'GET /api/ops/reviews/:id': { who: 'ops', params: { id: 'review' }, owner: 'anyone' },
  'POST /api/ops/reviews/:id/decision': {
    who: 'ops',
    params: { id: 'review' },
    owner: 'anyone',
    body: DECISION,
  },
  'GET /api/ops/files/:fileId': { who: 'ops', params: { fileId: 'reviewFile' }, owner: 'anyone' },
  'POST /api/ops/accounts/:accountId/disable': {
    who: 'ops',
    params: { accountId: 'account' },
    owner: 'anyone',
  },
  'POST /api/ops/accounts/:accountId/enable': {
    who: 'ops',
    params: { accountId: 'account' },
    owner: 'anyone',
  },
  'GET /api/ops/events': { who: 'ops', stream: true },
  // ops: 套餐与价格 (issue 12 §8)
  'GET /api/ops/packages': { who: 'ops' },
  'POST /api/ops/packages': { who: 'ops', body: MATRIX_PACKAGE_BODY },
  'PUT /api/ops/packages/:id': {
    who: 'ops',
    params: { id: 'company' },
    owner: 'anyone',
    body: MATRIX_PACKAGE_BODY,
    skipOwn: 'the package is made by POST /api/ops/packages; mall.api.test.ts edits one',
  },

  // 校园 (students), 签到, 数据统计 and 导出Excel (issue 11 §8-9)
  'GET /api/seeker/campus': { who: 'seeker' },
  'GET /api/seeker/campus/feed/presentations': { who: 'seeker' },
  'GET /api/seeker/campus/feed/job-fairs': { who: 'seeker' },
  'GET /api/seeker/campus/feed/brochures': { who: 'seeker' },
  'GET /api/seeker/campus/presentations/:id': {
    who: 'seeker',
    params: { id: 'campusPresentation' },
    owner: 'anyone',
  },
  // Seeker A has signed up (409), seeker B is no student of university A (409): neither is refused access.
  'POST /api/seeker/campus/presentations/:id/signup': {
    who: 'seeker',
    params: { id: 'campusPresentation' },
    owner: 'anyone',
  },
  'GET /api/seeker/campus/signups': { who: 'seeker' },
  'GET /api/seeker/campus/signups/:id/checkin-code': { who: 'seeker', params: { id: 'campusSignup' } },
  'POST /api/seeker/campus/signups/:id/cancel': { who: 'seeker', params: { id: 'campusSignup' }, last: true },
  'GET /api/university/check-ins/presentations': { who: 'university' },
  // No body here (400 for every staff member): a code is one student's; the API test checks that
  // another university's staff get 404 for it.
  'POST /api/university/check-ins': { who: 'university' },
  'GET /api/university/check-ins/presentations/:id/signups': {
    who: 'university',
    params: { id: 'campusPresentation' },
  },
  'GET /api/university/statistics': { who: 'university' },
  'GET /api/university/exports/:file': { who: 'university', params: { file: 'exportFile' }, owner: 'anyone' },

  // 音视频 media sessions (issue 13): an unknown kind or a session not the caller's is 404
  'GET /api/seeker/media/config': { who: 'seeker' },
  'GET /api/seeker/media/ping': { who: 'seeker' },
  'POST /api/seeker/media/:kind/:sessionId/join': {
    who: 'seeker',
    params: { kind: 'company', sessionId: 'company' },
    skipOwn: MEDIA_SKIP,
  },
  'POST /api/seeker/media/:kind/:sessionId/signals': {
    who: 'seeker',
    params: { kind: 'company', sessionId: 'company' },
    body: MEDIA_SIGNAL_BODY,
    skipOwn: MEDIA_SKIP,
  },
  'GET /api/seeker/media/:kind/:sessionId/signals': {
    who: 'seeker',
    params: { kind: 'company', sessionId: 'company' },
    skipOwn: MEDIA_SKIP,
  },
  'GET /api/employer/media/config': { who: 'employer' },
  'GET /api/employer/media/ping': { who: 'employer' },
  'POST /api/employer/media/:kind/:sessionId/join': {
    who: 'employer',
    params: { kind: 'company', sessionId: 'company' },
    skipOwn: MEDIA_SKIP,
  },
  'POST /api/employer/media/:kind/:sessionId/signals': {
    who: 'employer',
    params: { kind: 'company', sessionId: 'company' },
    body: MEDIA_SIGNAL_BODY,
    skipOwn: MEDIA_SKIP,
  },
  'GET /api/employer/media/:kind/:sessionId/signals': {
    who: 'employer',
    params: { kind: 'company', sessionId: 'company' },
    skipOwn: MEDIA_SKIP,
  },

  // 直播宣讲 broadcast (issue 13): another company's HR, a student of no approving university: 404
  'GET /api/employer/cloud-live/:id': { who: 'employer', params: { id: 'company' }, skipOwn: LIVE_SKIP },
  'POST /api/employer/cloud-live/:id/start': {
    who: 'employer',
    params: { id: 'company' },
    skipOwn: LIVE_SKIP,
  },
  'POST /api/employer/cloud-live/:id/end': { who: 'employer', params: { id: 'company' }, skipOwn: LIVE_SKIP },
  'GET /api/employer/cloud-live/:id/comments': {
    who: 'employer',
    params: { id: 'company' },
    skipOwn: LIVE_SKIP,
  },
  'POST /api/employer/cloud-live/:id/comments': {
    who: 'employer',
    params: { id: 'company' },
    body: { body: '欢迎提问' },
    skipOwn: LIVE_SKIP,
  },
  'POST /api/employer/cloud-live/:id/comments/:commentId/hide': {
    who: 'employer',
    params: { id: 'company', commentId: 'company' },
    skipOwn: LIVE_SKIP,
  },
  'POST /api/employer/cloud-live/:id/comments/:commentId/mute': {
    who: 'employer',
    params: { id: 'company', commentId: 'company' },
    skipOwn: LIVE_SKIP,
  },
  'GET /api/seeker/cloud-live/:id': { who: 'seeker', params: { id: 'company' }, skipOwn: LIVE_SKIP },
  'POST /api/seeker/cloud-live/:id/presence': {
    who: 'seeker',
    params: { id: 'company' },
    skipOwn: LIVE_SKIP,
  },
  'GET /api/seeker/cloud-live/:id/comments': { who: 'seeker', params: { id: 'company' }, skipOwn: LIVE_SKIP },
  'POST /api/seeker/cloud-live/:id/comments': {
    who: 'seeker',
    params: { id: 'company' },
    body: { body: '请问有实习吗？' },
    skipOwn: LIVE_SKIP,
  },
  // LiveKit's notices carry its signature (checked when MEDIA_PROVIDER=livekit; ignored with p2p).
  'POST /api/public/media/livekit/webhook': { who: 'public' },

  // 充值快点, 快点明细, 订单管理 and the payment notices (issue 12 §2)
  'GET /api/employer/points': { who: 'employer' },
  'POST /api/employer/points/recharges': { who: 'employer', body: { points: 100, agreed: true } },
  'GET /api/employer/points/recharges/:id': {
    who: 'employer',
    params: { id: 'company' },
    skipOwn:
      'an order of company A is made by billing/recharge.api.test.ts, which checks the owner and 404 for others',
  },
  'POST /api/employer/points/recharges/:id/close': {
    who: 'employer',
    params: { id: 'company' },
    skipOwn: 'an order of company A is made by billing/recharge.api.test.ts, which closes it',
  },
  'GET /api/employer/points/statement': { who: 'employer' },
  'GET /api/employer/points/statement/export': { who: 'employer' },
  // ops: 会员线索 (issue 12 §6)
  'GET /api/ops/membership-leads': { who: 'ops' },
  'GET /api/ops/membership-leads/:id': {
    who: 'ops',
    params: { id: 'company' },
    owner: 'anyone',
    skipOwn: 'a lead is submitted by memberships.api.test.ts, which follows it up and grants it',
  },
  'POST /api/ops/membership-leads/:id/follow-ups': {
    who: 'ops',
    params: { id: 'company' },
    owner: 'anyone',
    skipOwn: 'a lead is submitted by memberships.api.test.ts, which follows it up and grants it',
    body: { note: '已电话联系' },
  },
  'POST /api/ops/membership-leads/:id/close': {
    who: 'ops',
    params: { id: 'company' },
    owner: 'anyone',
    skipOwn: 'a lead is submitted by memberships.api.test.ts, which follows it up and grants it',
    body: { note: '暂无需求' },
  },
  'POST /api/ops/membership-leads/:id/grant': {
    who: 'ops',
    params: { id: 'company' },
    owner: 'anyone',
    skipOwn: 'a lead is submitted by memberships.api.test.ts, which follows it up and grants it',
    body: { level: 'vip', months: 12 },
  },
  // ops: 发票管理 (issue 12 §4); 开票 and 驳回 are the review queue's rows
  'GET /api/ops/invoices': { who: 'ops' },
  'POST /api/ops/invoices/files': { who: 'ops' },
  'POST /api/ops/invoices/:id/resend': {
    who: 'ops',
    params: { id: 'company' },
    owner: 'anyone',
    skipOwn: 'an issued invoice is made by invoices/invoices.api.test.ts, which mails it again',
  },
  'POST /api/ops/invoices/:id/reversal': {
    who: 'ops',
    params: { id: 'company' },
    owner: 'anyone',
    skipOwn: 'a refunded order’s invoice is made by invoices/invoices.api.test.ts, which reverses it',
    body: { redInvoiceNo: '26312000000000000002', fileId: '7d0f3c52-2f3e-4f0e-9a55-5b0c1c0b7a18' },
  },
  'GET /api/ops/invoices/:id/file': {
    who: 'ops',
    params: { id: 'company' },
    owner: 'anyone',
    skipOwn: 'an issued invoice is made by invoices/invoices.api.test.ts, which downloads it',
  },
  'GET /api/ops/invoices/:id/red-file': {
    who: 'ops',
    params: { id: 'company' },
    owner: 'anyone',
    skipOwn: 'a reversed invoice is made by invoices/invoices.api.test.ts, which downloads it',
  },
  'GET /api/ops/orders': { who: 'ops' },
  'POST /api/ops/orders/reconciliation': { who: 'ops', body: { date: '2026-12-01' } },
  'GET /api/ops/orders/reconciliation': { who: 'ops' },
  'GET /api/ops/orders/reconciliation/:id/report': {
    who: 'ops',
    params: { id: 'company' },
    owner: 'anyone',
    skipOwn: 'a stored run is made by billing/reconciliation.api.test.ts, which reads it',
  },
  'GET /api/ops/orders/reconciliation/:id/export': {
    who: 'ops',
    params: { id: 'company' },
    owner: 'anyone',
    skipOwn: 'a stored run is made by billing/reconciliation.api.test.ts, which exports it',
  },
  'POST /api/ops/orders/:id/refund': {
    who: 'ops',
    params: { id: 'company' },
    owner: 'anyone',
    body: { reason: '授权矩阵测试' },
    skipOwn: 'a paid order is made by billing/refund.api.test.ts, which refunds it',
  },
  'POST /api/payments/notify/:provider': {
    who: 'public',
    params: { provider: 'company' },
    skipOwn:
      'no session: the provider signature is the access check (401 without it), tested in billing/payment-notice.api.test.ts',
  },
  'GET /api/payments/sandbox/:outTradeNo': { who: 'public' },
  'POST /api/payments/sandbox/:outTradeNo/:outcome': { who: 'public' },

  // 视频双选会面试 (issue 13 §3-§5, modules/video-interviews)
  'GET /api/employer/video-fair-registrations/:registrationId/hall': {
    who: 'employer',
    params: { registrationId: 'jobFairRegistration' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'GET /api/employer/video-fair-registrations/:registrationId/resume-candidates': {
    who: 'employer',
    params: { registrationId: 'jobFairRegistration' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'POST /api/employer/video-fair-registrations/:registrationId/invitations': {
    who: 'employer',
    params: { registrationId: 'jobFairRegistration' },
    body: VIDEO_INVITATION_BODY,
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'GET /api/employer/video-fair-registrations/:registrationId/interviews': {
    who: 'employer',
    params: { registrationId: 'jobFairRegistration' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'GET /api/employer/video-fair-registrations/:registrationId/interviews/:interviewId': {
    who: 'employer',
    params: { registrationId: 'jobFairRegistration', interviewId: 'application' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'POST /api/employer/video-fair-registrations/:registrationId/interviews/:interviewId/accept': {
    who: 'employer',
    params: { registrationId: 'jobFairRegistration', interviewId: 'application' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'POST /api/employer/video-fair-registrations/:registrationId/interviews/:interviewId/refuse': {
    who: 'employer',
    params: { registrationId: 'jobFairRegistration', interviewId: 'application' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'POST /api/employer/video-fair-registrations/:registrationId/interviews/:interviewId/end': {
    who: 'employer',
    params: { registrationId: 'jobFairRegistration', interviewId: 'application' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'POST /api/employer/video-fair-registrations/:registrationId/interviews/:interviewId/skip': {
    who: 'employer',
    params: { registrationId: 'jobFairRegistration', interviewId: 'application' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'POST /api/employer/video-fair-registrations/:registrationId/interviews/:interviewId/evaluation': {
    who: 'employer',
    params: { registrationId: 'jobFairRegistration', interviewId: 'application' },
    body: { score: 4, nextStep: 'undecided' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'POST /api/employer/video-fair-registrations/:registrationId/interviews/:interviewId/medium': {
    who: 'employer',
    params: { registrationId: 'jobFairRegistration', interviewId: 'application' },
    body: { medium: 'text' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'GET /api/employer/video-fair-registrations/:registrationId/interviews/:interviewId/messages': {
    who: 'employer',
    params: { registrationId: 'jobFairRegistration', interviewId: 'application' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'POST /api/employer/video-fair-registrations/:registrationId/interviews/:interviewId/messages': {
    who: 'employer',
    params: { registrationId: 'jobFairRegistration', interviewId: 'application' },
    body: { body: '您好' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'GET /api/employer/video-fair-registrations/:registrationId/rooms/:room': {
    who: 'employer',
    params: { registrationId: 'jobFairRegistration', room: 'jobFairRegistration' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'POST /api/employer/video-fair-registrations/:registrationId/rooms/:room/call': {
    who: 'employer',
    params: { registrationId: 'jobFairRegistration', room: 'jobFairRegistration' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'POST /api/employer/video-fair-registrations/:registrationId/rooms/:room/entered': {
    who: 'employer',
    params: { registrationId: 'jobFairRegistration', room: 'jobFairRegistration' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'POST /api/employer/video-fair-registrations/:registrationId/rooms/:room/device-test': {
    who: 'employer',
    params: { registrationId: 'jobFairRegistration', room: 'jobFairRegistration' },
    body: { camera: true, microphone: true, speaker: true, rttMs: 20 },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'GET /api/employer/video-fair-registrations/:registrationId/process': {
    who: 'employer',
    params: { registrationId: 'jobFairRegistration' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'GET /api/employer/applications/:id/video-fair-evaluations': {
    who: 'employer',
    params: { id: 'application' },
  },
  'GET /api/seeker/video-interviews': {
    who: 'seeker',
  },
  'GET /api/seeker/video-interviews/:interviewId': {
    who: 'seeker',
    params: { interviewId: 'application' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'POST /api/seeker/video-interviews/:interviewId/accept': {
    who: 'seeker',
    params: { interviewId: 'application' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'POST /api/seeker/video-interviews/:interviewId/decline': {
    who: 'seeker',
    params: { interviewId: 'application' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'POST /api/seeker/video-interviews/:interviewId/leave': {
    who: 'seeker',
    params: { interviewId: 'application' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'POST /api/seeker/video-interviews/:interviewId/heartbeat': {
    who: 'seeker',
    params: { interviewId: 'application' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'POST /api/seeker/video-interviews/:interviewId/join': {
    who: 'seeker',
    params: { interviewId: 'application' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'POST /api/seeker/video-interviews/:interviewId/medium': {
    who: 'seeker',
    params: { interviewId: 'application' },
    body: { medium: 'text' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'GET /api/seeker/video-interviews/:interviewId/messages': {
    who: 'seeker',
    params: { interviewId: 'application' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'POST /api/seeker/video-interviews/:interviewId/messages': {
    who: 'seeker',
    params: { interviewId: 'application' },
    body: { body: '您好' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'GET /api/seeker/video-fairs/:fairId/companies/:registrationId': {
    who: 'seeker',
    params: { fairId: 'jobFair', registrationId: 'jobFairRegistration' },
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },
  'POST /api/seeker/video-fairs/:fairId/companies/:registrationId/apply': {
    who: 'seeker',
    params: { fairId: 'jobFair', registrationId: 'jobFairRegistration' },
    body: {},
    skipOwn: VIDEO_INTERVIEW_SKIP,
  },

  // sessions, once per area: last in the table, as logging out ends the callers' sessions
  ...sessionRoutes('seeker'),
  ...sessionRoutes('employer'),
  ...sessionRoutes('university'),
  ...sessionRoutes('ops'),
  ...sessionRoutes('centre'),
};

/** The columns: one logged-in client each (the test's fixtures), and nobody. */
export const ROLES = [
  'seeker',
  'otherSeeker',
  'employerAdmin',
  'employerMember',
  'otherCompanyHr',
  'universityAdmin',
  'universityMember',
  'university',
  'operator',
  'centre',
  'loggedOut',
] as const;
export type Role = (typeof ROLES)[number];

const AREA_OF: Record<Role, Area | null> = {
  seeker: 'seeker',
  otherSeeker: 'seeker',
  employerAdmin: 'employer',
  employerMember: 'employer',
  otherCompanyHr: 'employer',
  universityAdmin: 'university',
  universityMember: 'university',
  university: 'university',
  operator: 'ops',
  centre: 'centre',
  loggedOut: null,
};

/** Seeker B, company B's HR, university B's admin: the right area, not the records' organisation. */
const FOREIGN: ReadonlySet<Role> = new Set(['otherSeeker', 'otherCompanyHr', 'university']);
/** The members of company A and university A: 403 on their admin's routes. */
const MEMBERS: ReadonlySet<Role> = new Set(['employerMember', 'universityMember']);
/** The one person an `account` record belongs to, per area. */
const ACCOUNT_OWNER: Partial<Record<Area, Role>> = {
  seeker: 'seeker',
  employer: 'employerAdmin',
  university: 'universityAdmin',
};

/** `allowed`: anything but 401/403/404 (a 400 for an empty body counts); public: anything but 401/403. */
export type ExpectedAnswer = 'public' | 'allowed' | 401 | 403 | 404;

export function expectedAnswer(route: RouteAccess, role: Role): ExpectedAnswer {
  if (route.who === 'public') return 'public';
  const area = AREA_OF[role];
  if (area !== route.who) return 401;
  if (route.adminOnly && MEMBERS.has(role)) return 403;
  if (!route.params) return 'allowed';
  switch (route.owner ?? 'organisation') {
    case 'anyone':
      return 'allowed';
    case 'organisation':
      return FOREIGN.has(role) ? 404 : 'allowed';
    case 'account':
      return ACCOUNT_OWNER[area] === role ? 'allowed' : 404;
  }
}

/**
 * Was true while the areas' session hook ran as a preHandler, after Fastify's validation: a
 * logged-out request with a body the schema refused got 400 and the field list, not 401. The hook
 * runs at onRequest now (plugins/auth.ts), so every such cell must answer 401.
 */
export const VALIDATION_BEFORE_AUTHENTICATION = false;

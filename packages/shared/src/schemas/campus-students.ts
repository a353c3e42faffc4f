import { z } from 'zod';
import { pageQuery, pageSchema } from './paging';

// The students' 校园 (issue 11 §8) and the university's door, statistics and exports (§9).
//   GET  /api/seeker/campus                                  → SeekerCampus (is the seeker a student, of which university)
//   GET  /api/seeker/campus/feed/presentations               → CampusPresentationPage (the student's university)
//   GET  /api/seeker/campus/feed/job-fairs                   → CampusFairPage
//   GET  /api/seeker/campus/feed/brochures                   → CampusBrochurePage
//   GET  /api/seeker/campus/presentations/:id                → CampusPresentationDetail (any approved one)
//   POST /api/seeker/campus/presentations/:id/signup         → MyCampusSignup (报名; own university only)
//   GET  /api/seeker/campus/signups                          → MyCampusSignupPage (我的报名)
//   POST /api/seeker/campus/signups/:id/cancel               → MyCampusSignup (取消报名)
//   GET  /api/seeker/campus/signups/:id/checkin-code         → CheckinCode (签到码)
//   GET  /api/university/check-ins/presentations             → CheckinPresentation[] (today's)
//   POST /api/university/check-ins                           → CheckInResult (签到)
//   GET  /api/university/check-ins/presentations/:id/signups → StaffSignupPage
//   GET  /api/university/statistics?from=&to=                → UniversityStatistics
//   GET  /api/university/exports/:file                       → .xlsx

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '请选择年月');

/** Who is a student: a seeker whose resume has a current (在读) education at a platform university. */
export const SeekerCampus = z.object({
  student: z.boolean(),
  university: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type SeekerCampus = z.infer<typeof SeekerCampus>;

/** 已报名 / 已签到 / 已取消 / 已结束 (the presentation ended without a check-in). */
export const CAMPUS_SIGNUP_STATES = ['signed_up', 'checked_in', 'cancelled', 'ended'] as const;
export const CampusSignupState = z.enum(CAMPUS_SIGNUP_STATES);
export type CampusSignupState = z.infer<typeof CampusSignupState>;
export const CAMPUS_SIGNUP_STATE_LABELS: Record<CampusSignupState, string> = {
  signed_up: '已报名',
  checked_in: '已签到',
  cancelled: '已取消',
  ended: '已结束',
};

const CampusRef = z.object({ id: z.string(), name: z.string() });

export const CampusPresentationItem = z.object({
  id: z.string(),
  title: z.string(),
  company: CampusRef,
  university: CampusRef,
  startsAt: z.string(),
  endsAt: z.string(),
  /** The room as shown: '图书馆报告厅（闵行校区）'. */
  room: z.string(),
  capacity: z.number().int(),
  capacityLeft: z.number().int(),
  /** The seeker's own sign-up, if any (cancelled ones included). */
  signup: z.object({ id: z.string(), state: CampusSignupState }).nullable(),
});
export type CampusPresentationItem = z.infer<typeof CampusPresentationItem>;

export const CampusPresentationDetail = CampusPresentationItem.extend({
  description: z.string(),
  majors: z.array(z.string()),
  jobs: z.array(z.object({ id: z.string(), title: z.string() })),
  /** May this seeker sign up (a student of the presentation's university, before it starts)? */
  canSignUp: z.boolean(),
  /** Why not, in words for the student ('' when `canSignUp`). */
  signupRefusal: z.string(),
});
export type CampusPresentationDetail = z.infer<typeof CampusPresentationDetail>;

export const CampusFeedQuery = pageQuery({ defaultSize: 10, maxSize: 50 });
export type CampusFeedQuery = z.output<typeof CampusFeedQuery>;
export const CampusPresentationPage = pageSchema(CampusPresentationItem);
export type CampusPresentationPage = z.infer<typeof CampusPresentationPage>;

export const CampusFairItem = z.object({
  id: z.string(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  location: z.string(),
  /** Companies with an approved registration (their booths). */
  companyCount: z.number().int(),
});
export type CampusFairItem = z.infer<typeof CampusFairItem>;
export const CampusFairPage = pageSchema(CampusFairItem);
export type CampusFairPage = z.infer<typeof CampusFairPage>;

export const CampusBrochureItem = z.object({
  publicationId: z.string(),
  title: z.string(),
  company: CampusRef,
  approvedAt: z.string(),
});
export type CampusBrochureItem = z.infer<typeof CampusBrochureItem>;
export const CampusBrochurePage = pageSchema(CampusBrochureItem);
export type CampusBrochurePage = z.infer<typeof CampusBrochurePage>;

export const MyCampusSignup = z.object({
  id: z.string(),
  state: CampusSignupState,
  presentation: z.object({
    id: z.string(),
    title: z.string(),
    companyName: z.string(),
    universityName: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    room: z.string(),
  }),
  checkedInAt: z.string().nullable(),
  createdAt: z.string(),
});
export type MyCampusSignup = z.infer<typeof MyCampusSignup>;
export const MyCampusSignupPage = pageSchema(MyCampusSignup);
export type MyCampusSignupPage = z.infer<typeof MyCampusSignupPage>;

/** The QR code's text: the scanner at the door reads the code out of it. */
export const CHECKIN_QR_PREFIX = 'OPENRECRUIT-CHECKIN:';

/** '7KQ2M-X9P4A' → 'OPENRECRUIT-CHECKIN:7KQ2MX9P4A'. */
export function checkinQrPayload(code: string): string {
  return `${CHECKIN_QR_PREFIX}${normaliseCheckinCode(code)}`;
}

/** What the staff typed or scanned, as the code: prefix, dashes and spaces dropped, upper case, O→0, I/L→1. */
export function normaliseCheckinCode(input: string): string {
  const trimmed = input.trim();
  const body = trimmed.toUpperCase().startsWith(CHECKIN_QR_PREFIX)
    ? trimmed.slice(CHECKIN_QR_PREFIX.length)
    : trimmed;
  return body.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export const CheckinCode = z.object({
  signupId: z.string(),
  /** Shown as text under the QR (grouped 5-5). */
  code: z.string(),
  qrPayload: z.string(),
  state: CampusSignupState,
  checkedInAt: z.string().nullable(),
  presentation: MyCampusSignup.shape.presentation,
});
export type CheckinCode = z.infer<typeof CheckinCode>;

// ---- the university's door ----

export const CheckinPresentationQuery = z.object({
  /** 'YYYY-MM-DD' (Shanghai); today when absent. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式不正确')
    .optional(),
});
export type CheckinPresentationQuery = z.output<typeof CheckinPresentationQuery>;

export const CheckinPresentation = z.object({
  id: z.string(),
  title: z.string(),
  companyName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  room: z.string(),
  capacity: z.number().int(),
  signupCount: z.number().int(),
  checkedInCount: z.number().int(),
});
export type CheckinPresentation = z.infer<typeof CheckinPresentation>;

export const CheckInInput = z.object({
  code: z.string('请输入签到码').trim().min(1, '请输入签到码').max(120, '签到码不正确'),
  /** The presentation chosen at the door: a code of another presentation is refused. */
  presentationId: z.uuid('宣讲会ID格式不正确').optional(),
});
export type CheckInInput = z.infer<typeof CheckInInput>;

export const CheckInResult = z.object({
  signupId: z.string(),
  alreadyCheckedIn: z.boolean(),
  checkedInAt: z.string(),
  /** Masked as everywhere in the console: 陈*明. */
  studentName: z.string(),
  presentation: z.object({ id: z.string(), title: z.string() }),
  checkedInCount: z.number().int(),
  signupCount: z.number().int(),
});
export type CheckInResult = z.infer<typeof CheckInResult>;

export const StaffSignupQuery = pageQuery({ defaultSize: 20, maxSize: 100 });
export type StaffSignupQuery = z.output<typeof StaffSignupQuery>;

export const StaffSignup = z.object({
  id: z.string(),
  /** Masked (陈*明): the staff see students' names masked everywhere, exports included. */
  studentName: z.string(),
  state: CampusSignupState,
  checkedInAt: z.string().nullable(),
  createdAt: z.string(),
});
export type StaffSignup = z.infer<typeof StaffSignup>;
export const StaffSignupPage = pageSchema(StaffSignup).extend({
  presentation: CheckinPresentation,
});
export type StaffSignupPage = z.infer<typeof StaffSignupPage>;

// ---- statistics and exports ----

export const STATISTICS_MAX_MONTHS = 24;

export const StatisticsQuery = z
  .object({ from: month.optional(), to: month.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '开始月份不能晚于结束月份', path: ['from'] })
  .refine(
    (q) => {
      if (!q.from || !q.to) return true;
      const [fy, fm] = q.from.split('-').map(Number) as [number, number];
      const [ty, tm] = q.to.split('-').map(Number) as [number, number];
      return (ty - fy) * 12 + (tm - fm) < STATISTICS_MAX_MONTHS;
    },
    { message: `统计范围最多${STATISTICS_MAX_MONTHS}个月`, path: ['to'] },
  );
export type StatisticsQuery = z.output<typeof StatisticsQuery>;

const StatisticsNumbers = z.object({
  /** 入驻单位: university_entry requests approved in the month. */
  companiesEntered: z.number().int(),
  /** 宣讲会: approved presentations starting in the month. */
  presentationsHeld: z.number().int(),
  /** 双选会: published fairs starting in the month. */
  fairsHeld: z.number().int(),
  /** 报名人次: sign-ups (not cancelled) to the month's presentations. */
  studentsSignedUp: z.number().int(),
  /** 签到人次 of the month's presentations. */
  studentsCheckedIn: z.number().int(),
  /** 提供岗位: distinct jobs of the month's presentations, fair registrations and brochures. */
  jobsOffered: z.number().int(),
});
export type StatisticsNumbers = z.infer<typeof StatisticsNumbers>;

export const STATISTICS_LABELS: Record<keyof StatisticsNumbers, string> = {
  companiesEntered: '入驻单位',
  presentationsHeld: '宣讲会场次',
  fairsHeld: '双选会场次',
  studentsSignedUp: '报名人次',
  studentsCheckedIn: '签到人次',
  jobsOffered: '提供岗位数',
};

export const UniversityStatistics = z.object({
  from: z.string(),
  to: z.string(),
  months: z.array(StatisticsNumbers.extend({ month: z.string() })),
  /** Sums over the range; `jobsOffered` counts each job once over the whole range. */
  totals: StatisticsNumbers,
});
export type UniversityStatistics = z.infer<typeof UniversityStatistics>;

export const CAMPUS_EXPORT_FILES = [
  'entries.xlsx',
  'presentations.xlsx',
  'job-fairs.xlsx',
  'job-fair-registrations.xlsx',
  'brochures.xlsx',
  'signups.xlsx',
  'statistics.xlsx',
] as const;
export type CampusExportFile = (typeof CAMPUS_EXPORT_FILES)[number];

export const CAMPUS_EXPORT_NAMES: Record<CampusExportFile, string> = {
  'entries.xlsx': '入驻单位',
  'presentations.xlsx': '宣讲会',
  'job-fairs.xlsx': '双选会',
  'job-fair-registrations.xlsx': '双选会报名',
  'brochures.xlsx': '招聘简章',
  'signups.xlsx': '宣讲会报名与签到',
  'statistics.xlsx': '数据统计',
};

export const CampusExportParams = z.object({ file: z.enum(CAMPUS_EXPORT_FILES, '没有这个导出列表') });
export const CampusExportQuery = z.object({
  fairId: z.uuid('双选会ID格式不正确').optional(),
  presentationId: z.uuid('宣讲会ID格式不正确').optional(),
  from: month.optional(),
  to: month.optional(),
});
export type CampusExportQuery = z.output<typeof CampusExportQuery>;

// ---- the university's public page ----

export const PublicUniversityCampus = z.object({
  presentations: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      companyName: z.string(),
      startsAt: z.string(),
      room: z.string(),
    }),
  ),
  jobFairs: z.array(
    z.object({ id: z.string(), title: z.string(), startsAt: z.string(), location: z.string() }),
  ),
  brochures: z.array(
    z.object({
      publicationId: z.string(),
      title: z.string(),
      companyName: z.string(),
      approvedAt: z.string(),
    }),
  ),
});
export type PublicUniversityCampus = z.infer<typeof PublicUniversityCampus>;

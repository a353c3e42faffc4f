/**
 * The one catalogue of error codes. The server answers every failure as
 * `{ code, message, details? }`; the web shows `message` (Chinese, written for the person at the
 * screen) and may branch on `code`, which never changes once published.
 */
export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: { status: 400, message: '提交的信息有误，请检查后重试' },
  UNAUTHENTICATED: { status: 401, message: '请先登录' },
  SESSION_EXPIRED: { status: 401, message: '登录已失效，请重新登录' },
  CSRF_FAILED: { status: 403, message: '页面已过期，请刷新后重试' },
  FORBIDDEN: { status: 403, message: '无权进行此操作' },
  NOT_FOUND: { status: 404, message: '记录不存在或已删除' },
  CONFLICT: { status: 409, message: '数据已被修改，请刷新后重试' },
  RATE_LIMITED: { status: 429, message: '操作过于频繁，请稍后再试' },
  LOGIN_FAILED: { status: 401, message: '账号或密码错误' },
  LOGIN_LOCKED: { status: 429, message: '登录失败次数过多，请稍后再试' },
  ACCOUNT_DISABLED: { status: 403, message: '账号已停用，如有疑问请联系平台' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, message: '首次登录请先修改初始密码' },
  PASSWORD_INCORRECT: { status: 400, message: '原密码不正确' },
  ID_ALREADY_REGISTERED: { status: 409, message: '该身份证号已注册，请直接登录' },
  REAL_NAME_FAILED: { status: 422, message: '实名认证未通过' },
  REGISTRATION_EXPIRED: { status: 410, message: '注册信息已过期，请重新填写' },
  SMS_CODE_INVALID: { status: 400, message: '短信验证码错误或已过期' },
  CAPTCHA_INVALID: { status: 400, message: '图形验证码错误或已过期，请刷新后重试' },
  SMS_TOO_FREQUENT: { status: 429, message: '短信发送过于频繁，请稍后再试' },
  VERIFICATION_EXPIRED: { status: 400, message: '身份验证已过期，请重新验证' },
  IDENTITY_MISMATCH: { status: 400, message: '身份验证未通过，请核对后重试' },
  PROFILE_INCOMPLETE: { status: 403, message: '请先完善个人信息（学历、政治面貌）' },
  PROFILE_LOCKED: {
    status: 409,
    message: '学历和政治面貌提交后无法在APP中修改，如需修改请前往各区就业促进中心',
  },
  JOB_NOT_RECRUITING: { status: 409, message: '该岗位已停止招聘' },
  APPLICATION_QUOTA_FULL: {
    status: 409,
    message: '您已有10条当前应聘记录，需要撤销部分应聘记录后才可继续应聘',
  },
  ALREADY_APPLIED: { status: 409, message: '您已应聘该岗位，请勿重复应聘' },
  REQUIREMENTS_NOT_MET: { status: 409, message: '您不符合该岗位的部分要求，确认后仍可应聘' },
  INVALID_STATE: { status: 409, message: '当前状态下不能进行此操作' },
  /** 直播宣讲 (issue 13): 开始直播 too early, too late, or before any university approved it. */
  LIVE_CANNOT_START: { status: 409, message: '现在不能开始直播' },
  /** A comment on a broadcast that is not live (未开始 or 已结束). */
  LIVE_NOT_LIVE: { status: 409, message: '直播未开始或已结束，暂不能发言' },
  /** 禁言: the company silenced the student in this broadcast. */
  LIVE_MUTED: { status: 403, message: '您已被主办方禁言，不能发言' },
  FAVOURITES_FULL: { status: 409, message: '收藏岗位已达上限（10条），请先在“编辑”中删除部分收藏' },
  ACCOUNT_PENDING: { status: 403, message: '您的申请正在审核中，审核通过后即可登录' },
  ACCOUNT_REJECTED: { status: 403, message: '您的申请未通过审核，请查看短信通知或联系平台' },
  COMPANY_ALREADY_REGISTERED: {
    status: 409,
    message: '该单位已注册，请选择申请加入或申请成为管理员',
  },
  MOBILE_ALREADY_REGISTERED: { status: 409, message: '该手机号已注册，请直接登录' },
  FILE_TYPE_NOT_ALLOWED: { status: 400, message: '只能上传JPG、PNG图片或PDF文件' },
  FILE_TOO_LARGE: { status: 413, message: '文件不能超过5MB' },
  ADMIN_APPLICATION_PENDING: { status: 409, message: '您已提交管理员申请，请等待平台审核' },
  IMAGE_UNREADABLE: { status: 400, message: '无法读取图片，请上传有效的JPG或PNG图片' },
  IMAGE_DIMENSIONS_INVALID: { status: 400, message: '图片尺寸不符合要求' },
  BRAND_PHOTOS_FULL: { status: 409, message: '单位照片最多9张，请先删除部分照片' },
  VERIFICATION_CHANGE_PENDING: {
    status: 409,
    message: '认证信息修改正在审核中，审核完成后才能再次提交',
  },
  UNIVERSITY_ENTRY_PENDING: { status: 409, message: '已向该高校提交入驻申请，请等待高校审核' },
  UNIVERSITY_ALREADY_ENTERED: { status: 409, message: '贵单位已入驻该高校' },
  UNIVERSITY_NOT_ENTERED: {
    status: 409,
    message: '贵单位尚未入驻该高校，请先在“校园招聘 > 入驻高校”中申请入驻',
  },
  /** The venue calendar's exclusion constraint (SQLSTATE 23P01): the room is taken at that time. */
  VENUE_DOUBLE_BOOKED: {
    status: 409,
    message: '该场地在所选时间已有安排，请选择其他场地或时间',
  },
  // 场地 and 宣讲会 (issue 11 item 4).
  VENUE_TOO_SMALL: { status: 409, message: '该场地容纳人数少于已报名人数，请选择更大的场地' },
  VENUE_RETIRED: { status: 409, message: '该场地已停用，不能再安排新的占用' },
  VENUE_NAME_TAKEN: { status: 409, message: '该校区已有同名场地' },
  // 宣讲会报名与签到 (issue 11 items 8-9).
  PRESENTATION_FULL: { status: 409, message: '名额已满' },
  PRESENTATION_SIGNUP_CLOSED: { status: 409, message: '宣讲会已开始或已结束，不能再报名或取消报名' },
  PRESENTATION_ALREADY_SIGNED_UP: { status: 409, message: '您已报名该宣讲会，请勿重复报名' },
  PRESENTATION_NOT_FOR_STUDENT: { status: 409, message: '仅该校在读学生可以报名' },
  CHECKIN_NOT_OPEN: { status: 409, message: '签到仅在宣讲会当天开放' },
  CHECKIN_CANCELLED: { status: 409, message: '该报名已取消，不能签到' },
  CHECKIN_OTHER_PRESENTATION: { status: 409, message: '该签到码不属于当前选择的宣讲会' },
  // 双选会 (issue 11 item 5).
  JOB_FAIR_FULL: { status: 409, message: '展位已满' },
  JOB_FAIR_ALREADY_REGISTERED: { status: 409, message: '贵单位已报名该双选会' },
  JOB_FAIR_REGISTRATION_CLOSED: { status: 409, message: '不在报名时间内' },
  JOB_FAIR_CANCELLED: { status: 409, message: '该双选会已取消' },
  JOB_FAIR_REGISTRATION_WITHDRAWN: { status: 409, message: '该单位已撤销报名，请驳回此申请' },
  JOB_FAIR_BOOTH_TAKEN: { status: 409, message: '该展位已分配给其他单位' },
  JOB_FAIR_BOOTHS_IN_USE: { status: 409, message: '已分配或已报名的展位不能减少' },
  // 视频双选会 (issue 13 §2).
  VIDEO_FAIR_FULL: { status: 409, message: '该视频双选会单位名额已满' },
  VIDEO_FAIR_ALREADY_REGISTERED: { status: 409, message: '贵单位已报名该视频双选会' },
  VIDEO_FAIR_REGISTRATION_CLOSED: { status: 409, message: '该视频双选会报名已截止' },
  VIDEO_FAIR_CANCELLED: { status: 409, message: '该视频双选会已取消' },
  VIDEO_FAIR_STARTED: { status: 409, message: '该视频双选会已开始或已结束，不能再修改' },
  VIDEO_FAIR_SIGNUP_CLOSED: { status: 409, message: '视频双选会已结束，不能再报名或取消报名' },
  /** 视频双选会面试 (issue 13 §3-§4, modules/video-interviews). */
  VIDEO_FAIR_NOT_OPEN: { status: 409, message: '视频双选会不在进行中' },
  VIDEO_FAIR_NOT_SIGNED_UP: { status: 409, message: '请先报名参加该视频双选会' },
  VIDEO_INTERVIEW_OPEN: {
    status: 409,
    message: '该求职者与贵单位已有进行中的邀请、申请或排队，请在面试间查看',
  },
  VIDEO_ROOM_BUSY: { status: 409, message: '该面试间正在面试，请先结束当前面试' },
  VIDEO_QUEUE_EMPTY: { status: 409, message: '当前没有在线排队的求职者' },
  VIDEO_NOT_EVALUATED_JOB: { status: 400, message: '请选择归档到简历管理的职位' },
  // 招聘简章 and 校招答疑 (issue 11 items 6-7).
  BROCHURE_PENDING: { status: 409, message: '该简章在该校审核中，请等待审核结果后再发布新版本' },
  BROCHURE_WITHDRAWN: { status: 409, message: '该简章已被单位删除，请驳回此申请' },
  CAMPUS_QUESTION_DAILY_LIMIT: { status: 429, message: '今天的提问次数已达上限（20次），请明天再来提问' },
  CAMPUS_QUESTION_ANSWERED: { status: 409, message: '该问题已回复' },
  CAMPUS_FAQS_FULL: { status: 409, message: '常见问题最多50条，请删除不需要的后再新增' },
  COMPANY_CODE_IN_USE: { status: 409, message: '该统一社会信用代码已被其他单位使用' },
  ALREADY_INVITED: { status: 409, message: '已向该人才发出此职位的邀约，请等待对方确认' },
  RIGHT_EXHAUSTED: { status: 409, message: '该权益已用完，请前往道具商城购买' },
  MEMBERSHIP_LEAD_PENDING: {
    status: 409,
    message: '您已提交过申请，专属顾问将在1个工作日左右电话联系您',
  },
  INSUFFICIENT_POINTS: { status: 409, message: '快点余额不足，请先充值' },
  IDEMPOTENCY_KEY_REUSED: {
    status: 409,
    message: '该请求编号已用于另一笔不同的操作，请刷新后重试',
  },
  PAYMENT_PROVIDER_FAILED: { status: 502, message: '支付服务暂时不可用，请稍后再试' },
  PAYMENT_AMOUNT_MISMATCH: { status: 409, message: '支付金额与订单金额不符' },
  // 开具发票 (issue 12 §4).
  ORDER_NOT_INVOICEABLE: {
    status: 409,
    message: '所选订单中有未支付、已退款或已申请开票的订单，请刷新后重新选择',
  },
  INVOICE_PENDING_ON_ORDER: {
    status: 409,
    message: '该订单有待开票的发票申请，请先在发票管理中驳回该申请后再退款',
  },
  INVOICE_NO_TAKEN: { status: 409, message: '该发票号码已登记在其他发票上，请核对' },
  MAIL_DELIVERY_FAILED: { status: 502, message: '邮件发送失败，请稍后重新发送' },
  COMPANY_NOT_VERIFIED: {
    status: 403,
    message: '单位认证通过后才能发布职位，请在“公司设置 > 认证信息”中提交认证资料',
  },
  DUPLICATE_SUBMISSION: { status: 409, message: '请勿重复提交，该职位刚刚已发布' },
  JOB_NOT_OFFLINE: { status: 409, message: '只有已下架的职位可以删除，请先下架该职位' },
  PIN_OVERLAP: { status: 409, message: '该职位在所选日期和城市已有置顶' },
  /** 云宣讲's video: a byte range beyond the file (HTTP 416, the file's size in Content-Range). */
  RANGE_NOT_SATISFIABLE: { status: 416, message: '请求的范围超出了文件大小' },
  NOT_CONFIGURED: { status: 501, message: '该服务未配置' },
  INTERNAL: { status: 500, message: '服务器开小差了，请稍后再试' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** The body of every error response. `details.fields` names the bad fields for form display. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: {
    fields?: Array<{ field: string; reason: string }>;
    [key: string]: unknown;
  };
}

export function isErrorBody(value: unknown): value is ErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorBody).code === 'string' &&
    typeof (value as ErrorBody).message === 'string'
  );
}

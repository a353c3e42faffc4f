// The catalogue of live events (docs/decisions/012-live-event-catalogue.md). Events travel on the
// event bus and reach browsers as Server-Sent Events; they carry ids only, never personal data, and
// the client refetches what shows them. Every type here is published by the server and listened to
// by its audience's web app; live-events.test.ts checks both lists.

/** The topics events are published on; each SSE endpoint forwards its caller's topics. */
export const liveTopic = {
  /** One person: their notifications, and a seeker's own records. */
  account: (accountId: string) => `account:${accountId}`,
  /** Every open console of one company. */
  company: (companyId: string) => `company:${companyId}`,
  /** Every open console of one university's career centre (issue 11). */
  university: (universityId: string) => `university:${universityId}`,
  /** Every open operators' console. */
  operators: () => 'platform:operators',
  /** Every open console of one district's employment centre (issue 14). */
  centre: (districtCode: string) => `centre:${districtCode}`,
};

/** What each event of the seeker app carries. */
export interface SeekerEventData {
  /** A notification was stored for the person (通知). */
  notification: Record<string, never>;
  /** An application of the seeker changed state (投递、查看、面试、撤销). */
  'applications.changed': { applicationId: string };
  /** The employer wrote in an application's conversation (a reply, an interview notice or confirmation). */
  message: { applicationId: string; kind: string };
  /** A company invited the student, or an invitation changed (我的邀约). */
  'invitations.changed': { invitationId: string };
  /** A company answered the student's question (校招答疑 > 我的提问). */
  'campus-questions.answered': { questionId: string };
  /** A 宣讲会 sign-up of the student was made, cancelled or checked in at the door (校园 > 我的报名). */
  'campus-signups.changed': { signupId: string };
  /** One of the student's 视频双选会 interviews changed, or their place in a room's queue moved. */
  'video-interviews.changed': { interviewId: string };
  /** A peer of a media session (interview, broadcast) sent the student a WebRTC signal: read it with GET …/media/…/signals. */
  'media.signal': { sessionKind: 'interview' | 'live'; sessionId: string; signalId: string };
  /** A 直播宣讲 the student watches started or ended, or its comments changed (互动). */
  'cloud-live.changed': { presentationId: string };
}

/** What each event of the employer console carries. */
export interface EmployerEventData {
  notification: Record<string, never>;
  'application.created': { applicationId: string };
  'application.message': { applicationId: string };
  'application.interview_answer': { applicationId: string };
  'application.withdrawn': { applicationId: string };
  /** A colleague or the system changed applications (marks, views, notices, downloads). */
  'applications.changed': { applicationId?: string; applicationIds?: string[] };
  'jobs.changed': { jobId: string };
  'invitations.changed': { invitationId: string; applicationId: string | null };
  /** 公司设置 changed (basic data, brand, verification, members). */
  'company.changed': Record<string, never>;
  /** The person's notification channels changed (账号绑定). */
  'bindings.changed': Record<string, never>;
  /** An 入驻高校 request was submitted or decided (校园招聘 > 入驻高校). */
  'university-entries.changed': { universityId: string };
  /** A brochure was saved, sent for review or decided by a university (在线招聘 > 招聘简章). */
  'brochures.changed': { brochureId: string };
  /** A student asked, or a colleague answered, a question (校招答疑). */
  'campus-questions.changed': { questionId: string };
  /** A 宣讲会 of the company was applied for, decided, moved or cancelled (校园招聘 > 宣讲会). */
  'presentations.changed': { presentationId: string };
  /** A 云宣讲 of the company was applied for, decided by a university or withdrawn (云校招 > 云宣讲). */
  'cloud-presentations.changed': { presentationId: string };
  /** A fair the company registered for changed, its 报名 was decided, or its booth assigned (双选会). */
  'job-fairs.changed': { fairId: string };
  /** A 视频双选会 the company registered for changed, or its 报名 was paid, decided or refunded. */
  'video-fairs.changed': { fairId: string };
  /** The company's rights changed: a package bought, a right used or expired (我的权益, 使用记录). */
  'rights.changed': { right?: string };
  /** The company's 快点 balance or one of its recharge orders changed (paid, closed, refunded). */
  'points.changed': { orderId?: string };
  /** An operator granted the company a membership, or its request was followed up (道具商城, 我的权益). */
  'membership.changed': Record<string, never>;
  /** One of the company's invoices was requested, issued, mailed, refused or reversed (开具发票). */
  'invoices.changed': { invoiceId: string };
  /** 视频双选会: an invitation, application, queue place, call or evaluation of the company changed. */
  'video-interviews.changed': { interviewId: string };
  /** A peer of a media session sent the HR person a WebRTC signal (ids only). */
  'media.signal': { sessionKind: 'interview' | 'live'; sessionId: string; signalId: string };
  /** A 直播宣讲 of the company started or ended, a viewer came or went, or its comments changed. */
  'cloud-live.changed': { presentationId: string };
}

/** What each event of a university's console carries. */
export interface UniversityEventData {
  /** A request in the university's review queue was submitted or decided (入驻审核). */
  'reviews.changed': { reviewId: string };
  /** A student signed up for, cancelled or checked in at one of the university's presentations (签到). */
  'checkins.changed': { presentationId: string };
  /** A booking of one of the university's rooms was made, moved or removed (场地日历). */
  'venue-bookings.changed': { venueId: string };
  /** A company's 报名 of one of the university's fairs arrived or was withdrawn (双选会管理). */
  'job-fairs.changed': { fairId: string };
  /** A 视频双选会 of the university, or a company's 报名 of it, changed (视频双选会). */
  'video-fairs.changed': { fairId: string };
}

/** What each event of the operators' console carries. */
export interface OperatorEventData {
  /** A review request of the platform was submitted or decided (审核队列). */
  'reviews.changed': { reviewId: string };
  /** A company asked to open or upgrade a membership, or a lead was followed up (会员线索). */
  'membership-leads.changed': { leadId: string };
  /** An invoice was issued, mailed, or is to be or was reversed (发票管理); requests come as reviews. */
  'invoices.changed': { invoiceId: string };
}

export const SEEKER_EVENT_TYPES = [
  'notification',
  'applications.changed',
  'message',
  'invitations.changed',
  'campus-questions.answered',
  'campus-signups.changed',
  'video-interviews.changed',
  'media.signal',
  'cloud-live.changed',
] as const satisfies readonly (keyof SeekerEventData)[];

export const EMPLOYER_EVENT_TYPES = [
  'notification',
  'application.created',
  'application.message',
  'application.interview_answer',
  'application.withdrawn',
  'applications.changed',
  'jobs.changed',
  'invitations.changed',
  'company.changed',
  'bindings.changed',
  'university-entries.changed',
  'brochures.changed',
  'campus-questions.changed',
  'presentations.changed',
  'cloud-presentations.changed',
  'job-fairs.changed',
  'video-fairs.changed',
  'rights.changed',
  'points.changed',
  'membership.changed',
  'invoices.changed',
  'video-interviews.changed',
  'media.signal',
  'cloud-live.changed',
] as const satisfies readonly (keyof EmployerEventData)[];

export const UNIVERSITY_EVENT_TYPES = [
  'reviews.changed',
  'checkins.changed',
  'venue-bookings.changed',
  'job-fairs.changed',
  'video-fairs.changed',
] as const satisfies readonly (keyof UniversityEventData)[];

export const OPERATOR_EVENT_TYPES = [
  'reviews.changed',
  'membership-leads.changed',
  'invoices.changed',
] as const satisfies readonly (keyof OperatorEventData)[];

export type SeekerEventType = (typeof SEEKER_EVENT_TYPES)[number];
export type EmployerEventType = (typeof EMPLOYER_EVENT_TYPES)[number];
export type OperatorEventType = (typeof OPERATOR_EVENT_TYPES)[number];
export type UniversityEventType = (typeof UNIVERSITY_EVENT_TYPES)[number];

// Every key of a data map is in its list (the lists are what the web subscribes to).
type Missing<Data, Listed> = Exclude<keyof Data, Listed>;
const complete: [
  Missing<SeekerEventData, SeekerEventType>,
  Missing<EmployerEventData, EmployerEventType>,
  Missing<OperatorEventData, OperatorEventType>,
  Missing<UniversityEventData, UniversityEventType>,
] extends [never, never, never, never]
  ? true
  : never = true;
void complete;

type EventOf<Data> = { [Type in keyof Data]: { type: Type; data: Data[Type] } }[keyof Data];
export type SeekerEvent = EventOf<SeekerEventData>;
export type EmployerEvent = EventOf<EmployerEventData>;
export type OperatorEvent = EventOf<OperatorEventData>;
export type UniversityEvent = EventOf<UniversityEventData>;

/** One event bound for one topic: what the server's publishAfterCommit takes. */
export interface LiveMessage {
  topic: string;
  type: string;
  data: Record<string, unknown>;
}

/**
 * The only way to address an event: `live.company(companyId, { type: 'jobs.changed', data: { jobId } })`.
 * The audience fixes which types are allowed on which topic.
 */
export const live = {
  /** A stored notification for one person, whatever their role (every audience has `notification`). */
  notification: (accountId: string): LiveMessage => ({
    topic: liveTopic.account(accountId),
    type: 'notification',
    data: {},
  }),
  seeker: (accountId: string, event: SeekerEvent): LiveMessage => ({
    topic: liveTopic.account(accountId),
    ...event,
  }),
  /** One HR person (their notifications and bindings). */
  employerAccount: (accountId: string, event: EmployerEvent): LiveMessage => ({
    topic: liveTopic.account(accountId),
    ...event,
  }),
  company: (companyId: string, event: EmployerEvent): LiveMessage => ({
    topic: liveTopic.company(companyId),
    ...event,
  }),
  operators: (event: OperatorEvent): LiveMessage => ({ topic: liveTopic.operators(), ...event }),
  /** Every open console of one university's career centre. */
  university: (universityId: string, event: UniversityEvent): LiveMessage => ({
    topic: liveTopic.university(universityId),
    ...event,
  }),
};

import type {
  CompanyVerificationFields,
  ErrorCode,
  ReviewerKind,
  ReviewKind as ReviewKindCode,
  ReviewRequest,
  ReviewState,
  ReviewView,
} from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Executor } from '../../db/client';

// The contract of a review kind (docs/decisions/011-review-engine.md). A kind is one file in
// kinds/ exporting `defineReviewKind({...})`, listed once in kinds/index.ts: the engine stores,
// queues, shows and decides every kind the same way and calls the kind for what is its own.

/** A stored request with its kind's payload (validated by the kind's schema when it was submitted). */
export interface ReviewRecord<Payload = Record<string, unknown>> {
  id: string;
  kind: ReviewKindCode;
  state: ReviewState;
  subjectId: string;
  applicantAccountId: string;
  applicantCompanyId: string | null;
  reviewerKind: ReviewerKind;
  reviewerUniversityId: string | null;
  payload: Payload;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  dueAt: Date | null;
  overdueNotifiedAt: Date | null;
  createdAt: Date;
}

/**
 * Whose queue a request is in, and so who may see and decide it: the platform's operators, or the
 * staff of one university (requireUniversityStaff gives the university).
 */
export type ReviewerScope =
  | { reviewerKind: 'platform' }
  | { reviewerKind: 'university'; universityId: string };

/** The person deciding, within their reviewer scope. */
export interface ReviewDecider {
  accountId: string;
  scope: ReviewerScope;
}

/** What a kind's view is built from besides the request: the applicant and their company now. */
export interface ReviewViewContext {
  applicant: { name: string };
  company: (CompanyVerificationFields & { id: string }) | null;
  /** The applicant company's 单位管理员 other than the applicant, if any. */
  currentAdminName: string | null;
}

/**
 * The kind's part of a queue item: the summary columns and the drawer's sections (the engine adds
 * the 申请人 section and the files).
 */
export interface ReviewShown {
  company: ReviewRequest['company'];
  currentCompany: CompanyVerificationFields | null;
  applicantDepartment: string;
  view: ReviewView;
}

/** A decided request and the applicant's mobile, for the notices sent after the commit. */
export type DecidedReview<Payload> = ReviewRecord<Payload> & { applicantMobile: string | null };

export interface ReviewKindDefinition<
  Schema extends z.ZodType = z.ZodType<Record<string, unknown>>,
  Approval extends z.ZodType = z.ZodType<undefined>,
> {
  code: ReviewKindCode;
  /** The kind's Chinese name, used in notices and the queue (单位注册申请). */
  label: string;
  reviewer: ReviewerKind;
  /** The kind's data, checked when submitted. A `fileIds: string[]` member is served to the reviewer. */
  payload: Schema;
  /**
   * One pending request per applicant, per subject, or per subject at each university reviewer,
   * checked when submitting: the caller holds the applicant's or the subject's row lock, so two
   * submissions racing make one request.
   */
  onePendingPer?: { key: 'applicant' | 'subject' | 'subjectAndReviewer'; refusal: ErrorCode };
  /**
   * Working days the reviewer has (seed 002: 宣讲会 3, 招聘简章 2, the platform's 1~3): `due_at` is
   * the end of the last one, Shanghai time. None: no due date.
   */
  dueWorkingDays?: number;
  /** The reviewer's queue page of the kind (the overdue notice links to it). */
  queuePath: string;
  show(request: ReviewRecord<z.output<Schema>>, context: ReviewViewContext): ReviewShown;
  /**
   * What approving decides besides yes (宣讲会: the room and the time), sent as the decision's
   * `details` and checked with this schema before anything changes (field errors name
   * `details.<field>`). A kind without it ignores `details`.
   */
  approval?: Approval;
  /**
   * In the deciding transaction, after the request row is locked and marked. Returns the payload to
   * keep when it changed (a change keeps what it replaced), or nothing. Throw to refuse.
   */
  onApprove(
    tx: Executor,
    request: ReviewRecord<z.output<Schema>>,
    decider: ReviewDecider,
    approval: z.output<Approval>,
  ): Promise<z.output<Schema> | undefined>;
  onReject(tx: Executor, request: ReviewRecord<z.output<Schema>>, decider: ReviewDecider): Promise<void>;
  /** After the commit: notices to the applicant. A failure is logged by the channels, never thrown. */
  afterDecision(ctx: AppContext, request: DecidedReview<z.output<Schema>>): Promise<void>;
}

/** Declares a kind; the payload schema types the hooks. */
export function defineReviewKind<Schema extends z.ZodType, Approval extends z.ZodType = z.ZodType<undefined>>(
  kind: ReviewKindDefinition<Schema, Approval>,
): ReviewKindDefinition<Schema, Approval> {
  return kind;
}

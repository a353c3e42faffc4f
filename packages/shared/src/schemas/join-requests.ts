import { z } from 'zod';
import { pageQuery, pageSchema } from './paging';
import { ApplicantSummary, ReviewDecisionInput } from './reviews';

// 申请加入公司 (seed 002): the sign-up wizard's 情况一, decided by the company's 单位管理员, not by the
// platform.
//
// Routes (company admin; all errors are ErrorBody):
//   GET  /api/employer/join-requests?state=&page=&pageSize=      → JoinRequestPage
//   POST /api/employer/join-requests/:id/decision JoinDecisionInput → JoinRequest

export const JOIN_REQUEST_STATES = ['pending', 'approved', 'rejected'] as const;
export type JoinRequestState = (typeof JOIN_REQUEST_STATES)[number];

export const JoinRequest = z.object({
  id: z.string(),
  applicant: ApplicantSummary,
  submittedAt: z.string(),
  state: z.enum(JOIN_REQUEST_STATES),
});
export type JoinRequest = z.infer<typeof JoinRequest>;

export const JoinRequestListQuery = pageQuery().extend({ state: z.enum(JOIN_REQUEST_STATES).optional() });
export type JoinRequestListQuery = z.input<typeof JoinRequestListQuery>;

export const JoinRequestPage = pageSchema(JoinRequest);
export type JoinRequestPage = z.infer<typeof JoinRequestPage>;

export const JoinDecisionInput = ReviewDecisionInput;
export type JoinDecisionInput = z.input<typeof JoinDecisionInput>;

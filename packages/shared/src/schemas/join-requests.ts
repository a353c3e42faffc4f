import { z } from 'zod';
import { ApplicantSummary, ReviewDecisionInput } from './reviews';

// 申请加入公司 (seed 002): the sign-up wizard's 情况一, decided by the company's 单位管理员, not by the
// platform.
//
// Routes (company admin; all errors are ErrorBody):
//   GET  /api/employer/join-requests?state=                      → JoinRequest[]
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

export const JoinRequestListQuery = z.object({ state: z.enum(JOIN_REQUEST_STATES).optional() });

export const JoinDecisionInput = ReviewDecisionInput;
export type JoinDecisionInput = z.input<typeof JoinDecisionInput>;

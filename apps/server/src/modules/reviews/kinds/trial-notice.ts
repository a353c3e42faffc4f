import { z } from 'zod';
import { defineReviewKind } from '../review-kind';

// A throwaway kind (ADR 011's check that a new kind is one small change): a one-line notice the
// platform approves or rejects, with nothing to do on either.

export const trialNoticeKind = defineReviewKind({
  code: 'trial_notice',
  label: '试用公告',
  reviewer: 'platform',
  payload: z.object({ text: z.string().min(1).max(100) }),
  show: (request, { company }) => ({
    company: { id: company?.id ?? null, name: company?.name ?? '', code: company?.code ?? '' },
    currentCompany: null,
    applicantDepartment: '',
    view: {
      sections: [{ title: '公告', fields: [{ label: '内容', value: request.payload.text }] }],
      changes: null,
      filesTitle: '附件',
    },
  }),
  onApprove: async () => undefined,
  onReject: async () => {},
  afterDecision: async () => {},
});

import { live } from '@openrecruit/shared';
import { z } from 'zod';
import { publishAfterCommit } from '../../../lib/publish-after-commit';
import { notifyApplicant } from '../notify-applicant';
import { defineReviewKind } from '../review-kind';
import { companyFields, companySummary } from './company-view';

// 入驻高校 (seed 002 校园招聘): a company asks a university to let it recruit there; the university's
// career centre decides. The request itself is the entry's state (modules/university-entries):
// approved is 已入驻, so the hooks change nothing else.

const UniversityEntryPayload = z.object({
  /** The university's name when asked, for the notices (the reviewer is the university's id). */
  universityName: z.string(),
  /** Picked in the sign-up wizard, or 入驻 on the console's page. */
  source: z.enum(['registration', 'console']),
});

const unknownCompany = { name: '', code: '' };

export const universityEntryKind = defineReviewKind({
  code: 'university_entry',
  label: '入驻高校申请',
  reviewer: 'university',
  payload: UniversityEntryPayload,
  onePendingPer: { key: 'subjectAndReviewer', refusal: 'UNIVERSITY_ENTRY_PENDING' },
  // Seed 002 gives campus reviews 3 working days.
  dueWorkingDays: 3,
  queuePath: '/university/entries',
  show: (request, context) => ({
    company: context.company
      ? companySummary(request.subjectId, context.company, null)
      : { id: request.subjectId, ...unknownCompany },
    currentCompany: null,
    applicantDepartment: '',
    view: {
      sections: [
        {
          title: '单位信息',
          fields: context.company ? companyFields(context.company) : [],
        },
        {
          title: '入驻申请',
          fields: [
            { label: '申请入驻', value: request.payload.universityName },
            {
              label: '申请方式',
              value: request.payload.source === 'registration' ? '注册时选择' : '入驻高校',
            },
          ],
        },
      ],
      changes: null,
      filesTitle: '附件',
    },
  }),
  onApprove: async () => undefined,
  onReject: async () => {},
  async afterDecision(ctx, request) {
    await notifyApplicant(ctx, {
      request,
      label: '入驻高校申请',
      body:
        request.state === 'approved'
          ? `贵单位已入驻${request.payload.universityName}，可在该校开展校园招聘。`
          : `${request.payload.universityName}未通过贵单位的入驻申请。原因：${request.reason}。可在“入驻高校”中重新申请。`,
      link: '/employer/campus/universities',
      bySms: false,
    });
    if (request.applicantCompanyId)
      await publishAfterCommit(
        ctx,
        live.company(request.applicantCompanyId, {
          type: 'university-entries.changed',
          data: { universityId: request.reviewerUniversityId ?? '' },
        }),
      );
  },
});

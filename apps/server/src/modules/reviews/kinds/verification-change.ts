import { CompanyCodeKind, CompanyVerificationFields, live } from '@openrecruit/shared';
import { z } from 'zod';
import { publishAfterCommit } from '../../../lib/publish-after-commit';
import { applyVerificationChange } from '../../company-settings/apply-verification-change';
import { verificationFieldsOf } from '../../company-settings/verification-fields';
import { notifyApplicant } from '../notify-applicant';
import { defineReviewKind } from '../review-kind';
import { companyChanges, companyFields, companySummary } from './company-view';

// 认证信息修改后需重新发起认证 (seed 002 公司设置): the company's admin changes its 企业认证资料; the
// verified data stay in force until the platform approves the change, which then replaces them.

const VerificationData = CompanyVerificationFields.extend({ codeKind: CompanyCodeKind });

const VerificationChangePayload = z.object({
  /** The submitted 认证信息. */
  company: VerificationData,
  /** Once approved: the data it replaced, kept for the record (the drawer shows 修改前). */
  previous: VerificationData.optional(),
});

export const verificationChangeKind = defineReviewKind({
  code: 'verification_change',
  label: '单位认证资料变更申请',
  reviewer: 'platform',
  // Seed 002: the platform reviews a company within 1~3 working days; the queue counts 3.
  dueWorkingDays: 3,
  queuePath: '/ops/verification-changes',
  payload: VerificationChangePayload,
  onePendingPer: { key: 'subject', refusal: 'VERIFICATION_CHANGE_PENDING' },
  show: (request, { company }) => {
    const submitted = verificationFieldsOf(request.payload.company);
    const before = verificationFieldsOf(request.payload.previous ?? company ?? {});
    return {
      company: companySummary(request.subjectId, submitted, null),
      currentCompany: before,
      applicantDepartment: '',
      view: {
        sections: [{ title: '提交的认证信息', fields: companyFields(submitted) }],
        changes: {
          title: '修改内容',
          beforeTitle: request.state === 'approved' ? '修改前' : '当前认证信息',
          afterTitle: '提交的修改',
          rows: companyChanges(before, submitted),
        },
        filesTitle: '认证材料',
      },
    };
  },
  async onApprove(tx, request) {
    const { previous } = await applyVerificationChange(tx, {
      requestId: request.id,
      companyId: request.subjectId,
      data: request.payload.company,
    });
    return { ...request.payload, previous };
  },
  onReject: async () => {
    // The verified data stay in force; nothing else changes.
  },
  async afterDecision(ctx, request) {
    await notifyApplicant(ctx, {
      request,
      label: '单位认证资料变更申请',
      body:
        request.state === 'approved'
          ? '您提交的单位认证信息修改已通过平台审核，新的认证信息已生效。'
          : `原因：${request.reason}。原认证信息继续有效，您可以修改后重新提交。`,
      link: '/employer/company/verification',
      // The applicant is the company's admin, who can log in and read it.
      bySms: false,
    });
    await publishAfterCommit(ctx, live.company(request.subjectId, { type: 'company.changed', data: {} }));
  },
});

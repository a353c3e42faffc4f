import { CompanyVerificationFields } from '@openrecruit/shared';
import { z } from 'zod';
import { requireFound } from '../../../plugins/access';
import { approvalStep } from '../../identity/account-approval-machine';
import { companyVerificationMachine } from '../company-verification-machine';
import { notifyApplicant } from '../notify-applicant';
import {
  activateAsAdmin,
  lockCompany,
  refusePendingApplicant,
  setCompanyVerification,
} from '../review-effects.repository';
import { defineReviewKind } from '../review-kind';
import { companyFields, companySummary } from './company-view';

// 注册新单位 (seed 002 情况二): the platform checks the 企业认证资料 of a company signing up. Approving
// verifies the company and lets its applicant log in as its admin; rejecting refuses both.

const NewCompanyPayload = z.object({
  /** The 企业认证资料 as the applicant typed them (the code normalised). */
  company: CompanyVerificationFields,
  applicantDepartment: z.string(),
  /** 入驻高校 chosen in the wizard (their entry requests are the universities' to decide). */
  universityIds: z.array(z.string()).default([]),
});

export const newCompanyKind = defineReviewKind({
  code: 'new_company',
  label: '单位注册申请',
  reviewer: 'platform',
  // Seed 002: the platform reviews a company within 1~3 working days; the queue counts 3.
  dueWorkingDays: 3,
  queuePath: '/ops/company-verifications',
  payload: NewCompanyPayload,
  show: (request) => ({
    company: companySummary(request.subjectId, request.payload.company, null),
    currentCompany: null,
    applicantDepartment: request.payload.applicantDepartment,
    view: {
      sections: [{ title: '单位信息', fields: companyFields(request.payload.company) }],
      changes: null,
      filesTitle: '认证材料',
    },
  }),
  async onApprove(tx, request) {
    const now = new Date();
    const company = requireFound(await lockCompany(tx, request.subjectId));
    const verified = companyVerificationMachine.advance(company.verificationState, 'verify');
    await setCompanyVerification(tx, request.subjectId, verified, now);
    await activateAsAdmin(tx, request.applicantAccountId, approvalStep('approve'), now);
    return undefined;
  },
  async onReject(tx, request) {
    const now = new Date();
    const company = requireFound(await lockCompany(tx, request.subjectId));
    const rejected = companyVerificationMachine.advance(company.verificationState, 'reject');
    await refusePendingApplicant(tx, request.applicantAccountId, approvalStep('reject'), now);
    await setCompanyVerification(tx, request.subjectId, rejected, now);
  },
  afterDecision: (ctx, request) =>
    notifyApplicant(ctx, {
      request,
      label: '单位注册申请',
      body:
        request.state === 'approved'
          ? '您的单位已通过平台认证，可使用联系手机和登录密码登录单位后台。'
          : `原因：${request.reason}。如有疑问请联系平台。`,
      bySms: true,
    }),
});

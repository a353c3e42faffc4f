import { z } from 'zod';
import { AppError } from '../../../lib/app-error';
import { accountApprovalMachine, approvalStep } from '../../identity/account-approval-machine';
import { notifyApplicant } from '../notify-applicant';
import {
  activateAsAdmin,
  demoteOtherAdmins,
  findApplicantStanding,
  lockCompany,
  refusePendingApplicant,
} from '../review-effects.repository';
import { defineReviewKind } from '../review-kind';
import { companyFields, companySummary } from './company-view';

// 申请成为管理员 (seed 002 情况一, and 公司设置 > 申请管理员): someone shows the company's stamped
// 账号授权书 and asks to be its one admin. Approving makes them the admin and the old admin a member,
// with the company row locked, so two approvals racing leave one admin.

const AdminApplicationPayload = z.object({
  applicantDepartment: z.string(),
  /** The stamped 账号授权书 (one file). */
  fileIds: z.array(z.uuid()).min(1),
  universityIds: z.array(z.string()).default([]),
});

export const adminApplicationKind = defineReviewKind({
  code: 'admin_application',
  label: '单位管理员申请',
  reviewer: 'platform',
  // Seed 002: the platform reviews a company within 1~3 working days; the queue counts 3.
  dueWorkingDays: 3,
  queuePath: '/ops/admin-applications',
  payload: AdminApplicationPayload,
  onePendingPer: { key: 'applicant', refusal: 'ADMIN_APPLICATION_PENDING' },
  show: (request, { company, currentAdminName }) => {
    const registered = company ?? { id: request.subjectId, name: '', code: '', ...emptyCompany };
    return {
      company: companySummary(registered.id, registered, currentAdminName),
      currentCompany: null,
      applicantDepartment: request.payload.applicantDepartment,
      view: {
        sections: [{ title: '单位信息', fields: companyFields(registered, currentAdminName) }],
        changes: null,
        filesTitle: '认证材料',
      },
    };
  },
  async onApprove(tx, request) {
    const now = new Date();
    await lockCompany(tx, request.subjectId);
    // A member who applied from 申请管理员 and was disabled or closed since is not revived as admin.
    const applicant = await findApplicantStanding(tx, request.applicantAccountId);
    if (applicant?.approvalState === 'approved' && applicant.status !== 'active')
      throw new AppError('INVALID_STATE', '申请人账号已停用或注销，不能通过该申请');
    // Refused before the company loses its admin if the applicant's sign-up was turned down.
    if (applicant) accountApprovalMachine.advance(applicant.approvalState, 'approve');
    await demoteOtherAdmins(tx, request.subjectId, request.applicantAccountId, now);
    await activateAsAdmin(tx, request.applicantAccountId, approvalStep('approve'), now);
    return undefined;
  },
  async onReject(tx, request) {
    await lockCompany(tx, request.subjectId);
    // Only a sign-up still waiting is refused its account; an active member stays as they are.
    await refusePendingApplicant(tx, request.applicantAccountId, approvalStep('reject'), new Date());
  },
  afterDecision: (ctx, request) =>
    notifyApplicant(ctx, {
      request,
      label: '单位管理员申请',
      body:
        request.state === 'approved'
          ? '您已成为本单位管理员，可使用联系手机和登录密码登录单位后台。'
          : `原因：${request.reason}。如有疑问请联系平台。`,
      bySms: true,
    }),
});

const emptyCompany = {
  province: '',
  city: '',
  address: '',
  landline: '',
  email: '',
  recruitEmail: '',
  postcode: '',
  nature: '',
  industry: '',
};

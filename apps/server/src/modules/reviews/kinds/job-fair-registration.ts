import { live } from '@openrecruit/shared';
import { z } from 'zod';
import { publishAfterCommit } from '../../../lib/publish-after-commit';
import { formatShanghaiDateTime } from '../../../lib/shanghai-time';
import {
  approveJobFairRegistration,
  rejectJobFairRegistration,
} from '../../job-fairs/decide-job-fair-registration';
import { notifyApplicant } from '../notify-applicant';
import { defineReviewKind } from '../review-kind';
import { companySummary } from './company-view';

// 双选会报名 (seed 002 校园招聘 > 双选会: 学校将会在三个工作日内进行审核): a company's place at a
// university's fair. The subject is the registration (modules/job-fairs); the payload keeps what
// the drawer shows as the company sent it.

const JobFairRegistrationPayload = z.object({
  fairId: z.string(),
  fairTitle: z.string(),
  fairStartsAt: z.string(),
  fairEndsAt: z.string(),
  location: z.string(),
  universityName: z.string(),
  contacts: z.array(z.object({ name: z.string(), mobile: z.string() })),
  jobTitles: z.array(z.string()),
  boothKindName: z.string(),
  feeCents: z.number().int(),
  boothWish: z.string(),
  /** Set when the company withdrew (撤销报名) while the request was pending. */
  withdrawnAt: z.string().optional(),
  /** Set when the university cancelled the fair while the request was pending. */
  fairCancelledAt: z.string().optional(),
});

const yuan = (cents: number) => (cents === 0 ? '免费' : `¥${(cents / 100).toFixed(2)}`);

export const jobFairRegistrationKind = defineReviewKind({
  code: 'job_fair_registration',
  label: '双选会报名',
  reviewer: 'university',
  payload: JobFairRegistrationPayload,
  dueWorkingDays: 3,
  queuePath: '/university/job-fairs',
  show: (request, context) => {
    const p = request.payload;
    return {
      company: context.company
        ? companySummary(request.applicantCompanyId, context.company, null)
        : { id: request.applicantCompanyId, name: '', code: '' },
      currentCompany: null,
      applicantDepartment: '',
      view: {
        sections: [
          {
            title: '双选会',
            fields: [
              { label: '双选会名称', value: p.fairTitle },
              {
                label: '举办时间',
                value: `${formatShanghaiDateTime(new Date(p.fairStartsAt))} 至 ${formatShanghaiDateTime(new Date(p.fairEndsAt))}`,
              },
              { label: '地点', value: p.location },
            ],
          },
          {
            title: '报名信息',
            fields: [
              ...(p.fairCancelledAt ? [{ label: '双选会状态', value: '双选会已取消，请驳回此申请' }] : []),
              ...(p.withdrawnAt
                ? [
                    {
                      label: '报名状态',
                      value: `已撤销（${formatShanghaiDateTime(new Date(p.withdrawnAt))}），请驳回此申请`,
                    },
                  ]
                : []),
              { label: '单位名称', value: context.company?.name ?? '' },
              ...p.contacts.map((contact, i) => ({
                label: `联系人${p.contacts.length > 1 ? i + 1 : ''}`,
                value: `${contact.name} ${contact.mobile}`,
              })),
              { label: '携带职位', value: p.jobTitles.join('、') || '无' },
              { label: '展位类型', value: `${p.boothKindName}（${yuan(p.feeCents)}）` },
              { label: '展位意向', value: p.boothWish || '无' },
            ],
          },
        ],
        changes: null,
        filesTitle: '附件',
      },
    };
  },
  async onApprove(tx, request) {
    await approveJobFairRegistration(tx, request.subjectId);
    return undefined;
  },
  async onReject(tx, request) {
    await rejectJobFairRegistration(tx, request.subjectId, request.reason ?? '');
  },
  async afterDecision(ctx, request) {
    const p = request.payload;
    // A withdrawn registration, or one of a cancelled fair (its company was told then), gets no notice.
    if (!p.withdrawnAt && !p.fairCancelledAt)
      await notifyApplicant(ctx, {
        request,
        label: '双选会报名',
        body:
          request.state === 'approved'
            ? `贵单位已通过${p.universityName}“${p.fairTitle}”的报名审核，双选会已同步到招聘日历。`
            : `${p.universityName}未通过贵单位“${p.fairTitle}”的报名。原因：${request.reason}。`,
        link: '/employer/campus/job-fairs',
        bySms: false,
      });
    const fair = { type: 'job-fairs.changed' as const, data: { fairId: p.fairId } };
    await publishAfterCommit(
      ctx,
      ...(request.applicantCompanyId ? [live.company(request.applicantCompanyId, fair)] : []),
      ...(request.reviewerUniversityId ? [live.university(request.reviewerUniversityId, fair)] : []),
    );
  },
});

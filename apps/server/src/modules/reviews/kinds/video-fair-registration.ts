import { live, VIDEO_FAIR_MODE_LABELS } from '@openrecruit/shared';
import { z } from 'zod';
import { publishAfterCommit } from '../../../lib/publish-after-commit';
import {
  approveVideoFairRegistration,
  rejectVideoFairRegistration,
} from '../../video-fairs/decide-video-fair-registration';
import { returnRejectedWechatFee } from '../../video-fairs/refund-video-fair-fee';
import { notifyApplicant } from '../notify-applicant';
import { defineReviewKind } from '../review-kind';
import { companySummary } from './company-view';

// 视频双选会报名 (seed 002 云校招 > 视频双选会: 【我的报名】可查看我报名的视频双选会及审核状态). The
// subject is the registration (modules/video-fairs), paid before it reaches the queue; the payload
// keeps what the drawer shows as the company sent it. 驳回 refunds the fee.

const VideoFairRegistrationPayload = z.object({
  fairId: z.string(),
  fairTitle: z.string(),
  fairTime: z.string(),
  universityName: z.string(),
  mode: z.enum(['video', 'text']),
  requirements: z.string(),
  jobTitles: z.array(z.string()),
  interviewers: z.array(z.object({ room: z.number().int(), name: z.string(), accountName: z.string() })),
  wantsInvoice: z.boolean(),
  feePoints: z.number().int(),
  paidWith: z.enum(['points', 'wechat']),
  /** Set when the company cancelled (取消报名) while the request was pending. */
  withdrawnAt: z.string().optional(),
  /** Set when the university cancelled the fair while the request was pending. */
  fairCancelledAt: z.string().optional(),
});

const paidLabel = (p: { feePoints: number; paidWith: 'points' | 'wechat' }) =>
  p.feePoints === 0 ? '免费' : `${p.feePoints}快点（${p.paidWith === 'points' ? '快点支付' : '微信支付'}）`;

export const videoFairRegistrationKind = defineReviewKind({
  code: 'video_fair_registration',
  label: '视频双选会报名',
  reviewer: 'university',
  payload: VideoFairRegistrationPayload,
  dueWorkingDays: 3,
  queuePath: '/university/video-fairs',
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
            title: '视频双选会',
            fields: [
              { label: '双选会名称', value: p.fairTitle },
              { label: '举办时间', value: p.fairTime },
            ],
          },
          {
            title: '报名信息',
            fields: [
              ...(p.fairCancelledAt ? [{ label: '双选会状态', value: '双选会已取消，请驳回此申请' }] : []),
              ...(p.withdrawnAt ? [{ label: '报名状态', value: '单位已取消报名，请驳回此申请' }] : []),
              { label: '单位名称', value: context.company?.name ?? '' },
              { label: '面试方式', value: VIDEO_FAIR_MODE_LABELS[p.mode] },
              { label: '招聘需求', value: p.requirements },
              { label: '招聘职位', value: p.jobTitles.join('、') || '无' },
              ...p.interviewers.map((row) => ({
                label: `面试间${row.room}`,
                value: `面试官 ${row.name}（登录账号：${row.accountName}）`,
              })),
              { label: '是否开票', value: p.wantsInvoice ? '是' : '否' },
              { label: '报名费', value: paidLabel(p) },
            ],
          },
        ],
        changes: null,
        filesTitle: '附件',
      },
    };
  },
  async onApprove(tx, request) {
    await approveVideoFairRegistration(tx, request.subjectId);
    return undefined;
  },
  async onReject(tx, request, decider) {
    await rejectVideoFairRegistration(tx, request.subjectId, request.reason ?? '', decider.accountId);
  },
  async afterDecision(ctx, request) {
    const p = request.payload;
    if (request.state === 'rejected')
      await returnRejectedWechatFee(ctx, {
        registrationId: request.subjectId,
        requestedBy: request.decidedBy ?? request.applicantAccountId,
      });
    if (!p.withdrawnAt && !p.fairCancelledAt)
      await notifyApplicant(ctx, {
        request,
        label: '视频双选会报名',
        body:
          request.state === 'approved'
            ? `贵单位已通过${p.universityName}“${p.fairTitle}”的报名审核，可在“云校招 > 视频双选会 > 我的报名”进入面试间。`
            : `${p.universityName}未通过贵单位“${p.fairTitle}”的报名。原因：${request.reason}。报名费已退回。`,
        link: '/employer/cloud/video-fairs',
        bySms: false,
      });
    const fair = { type: 'video-fairs.changed' as const, data: { fairId: p.fairId } };
    await publishAfterCommit(
      ctx,
      ...(request.applicantCompanyId
        ? [
            live.company(request.applicantCompanyId, fair),
            live.company(request.applicantCompanyId, { type: 'points.changed' as const, data: {} }),
          ]
        : []),
      ...(request.reviewerUniversityId ? [live.university(request.reviewerUniversityId, fair)] : []),
    );
  },
});

import { CLOUD_PRESENTATION_FORMAT_LABELS, CLOUD_PRESENTATION_FORMATS, live } from '@openrecruit/shared';
import { z } from 'zod';
import { publishAfterCommit } from '../../../lib/publish-after-commit';
import { formatShanghaiDateTime } from '../../../lib/shanghai-time';
import {
  approveCloudPresentationTarget,
  rejectCloudPresentationTarget,
} from '../../cloud-presentations/decide-cloud-presentation';
import { notifyApplicant } from '../notify-applicant';
import { defineReviewKind } from '../review-kind';
import { companyFields, companySummary } from './company-view';

// 云宣讲 (seed 002 云校招: 待宣讲高校通过审核后展示在高校就业官网): one university's copy of a
// company's recorded or live presentation (the subject is its cloud_presentation_targets row).
// The payload is the application as submitted; the drawer plays the video through the
// university's own streaming route (modules/cloud-presentations), never through the review files.

const CloudPresentationPayload = z.object({
  presentationId: z.string(),
  universityName: z.string(),
  format: z.enum(CLOUD_PRESENTATION_FORMATS),
  title: z.string(),
  description: z.string(),
  startsAt: z.string(),
  endsAt: z.string().nullable(),
  jobs: z.array(z.object({ id: z.string(), title: z.string() })),
  durationSeconds: z.number().int().nullable(),
  hasVideo: z.boolean(),
  /** Set when the company withdrew it while pending: the reviewer is asked to reject it. */
  withdrawnAt: z.string().optional(),
});

const unknownCompany = { name: '', code: '' };

function timeText(p: z.output<typeof CloudPresentationPayload>) {
  const start = formatShanghaiDateTime(new Date(p.startsAt));
  if (p.format === 'recorded') return `${start} 起展示`;
  return p.endsAt ? `${start} 至 ${formatShanghaiDateTime(new Date(p.endsAt)).slice(-5)}` : start;
}

function durationText(seconds: number | null) {
  if (seconds === null) return '未知';
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes}分${seconds % 60}秒` : `${seconds}秒`;
}

/** The player in the drawer: the ids are UUIDs, so the HTML is ours alone. */
function playerHtml(presentationId: string) {
  const base = `/api/university/cloud-presentations/${presentationId}`;
  return `<video controls preload="metadata" playsinline poster="${base}/poster" src="${base}/video" style="width:100%;max-height:360px;background:#000" aria-label="宣讲视频"></video>`;
}

export const cloudPresentationKind = defineReviewKind({
  code: 'cloud_presentation',
  label: '云宣讲审核',
  reviewer: 'university',
  payload: CloudPresentationPayload,
  // The same 3 working days as a 宣讲会 on campus (seed 002 宣讲会: 学校将会在三个工作日内进行审核).
  dueWorkingDays: 3,
  queuePath: '/university/cloud-presentations',
  show: (request, context) => {
    const p = request.payload;
    return {
      company: context.company
        ? companySummary(request.applicantCompanyId, context.company, null)
        : { id: request.applicantCompanyId, ...unknownCompany },
      currentCompany: null,
      applicantDepartment: '',
      view: {
        sections: [
          {
            title: '云宣讲申请',
            fields: [
              ...(p.withdrawnAt
                ? [
                    {
                      label: '申请状态',
                      value: `已撤回（${formatShanghaiDateTime(new Date(p.withdrawnAt))}），请驳回此申请`,
                    },
                  ]
                : []),
              { label: '宣讲主题', value: p.title },
              { label: '宣讲形式', value: CLOUD_PRESENTATION_FORMAT_LABELS[p.format] },
              { label: '宣讲时间', value: timeText(p) },
              ...(p.format === 'recorded'
                ? [{ label: '视频时长', value: durationText(p.durationSeconds) }]
                : []),
              { label: '宣讲职位', value: p.jobs.map((job) => job.title).join('、') || '无' },
              { label: '宣讲简介', value: p.description || '无' },
            ],
          },
          { title: '单位信息', fields: context.company ? companyFields(context.company) : [] },
        ],
        changes: null,
        filesTitle: '附件',
        richText: p.hasVideo ? { title: '宣讲视频', html: playerHtml(p.presentationId) } : null,
      },
    };
  },
  async onApprove(tx, request, decider) {
    if (decider.scope.reviewerKind !== 'university')
      throw new Error('cloud presentations are decided by universities');
    await approveCloudPresentationTarget(tx, {
      targetId: request.subjectId,
      universityId: decider.scope.universityId,
    });
    return undefined;
  },
  async onReject(tx, request, decider) {
    if (decider.scope.reviewerKind !== 'university')
      throw new Error('cloud presentations are decided by universities');
    await rejectCloudPresentationTarget(tx, {
      targetId: request.subjectId,
      universityId: decider.scope.universityId,
      reason: request.reason ?? '',
    });
  },
  async afterDecision(ctx, request) {
    const { universityName, title, presentationId, withdrawnAt } = request.payload;
    // A withdrawn one the university cleared from its queue needs no notice.
    if (!withdrawnAt)
      await notifyApplicant(ctx, {
        request,
        label: '云宣讲审核',
        body:
          request.state === 'approved'
            ? `云宣讲“${title}”已通过${universityName}的审核，该校学生可以观看。`
            : `云宣讲“${title}”未通过${universityName}的审核。原因：${request.reason}。可在“云校招 > 云宣讲”中重新提交。`,
        link: '/employer/cloud/presentations',
        bySms: false,
      });
    if (request.applicantCompanyId)
      await publishAfterCommit(
        ctx,
        live.company(request.applicantCompanyId, {
          type: 'cloud-presentations.changed',
          data: { presentationId },
        }),
      );
  },
});

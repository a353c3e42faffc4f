import { live } from '@openrecruit/shared';
import { z } from 'zod';
import { publishAfterCommit } from '../../../lib/publish-after-commit';
import { approveBrochureVersion, rejectBrochureVersion } from '../../brochures/decide-brochure-version';
import { notifyApplicant } from '../notify-applicant';
import { defineReviewKind } from '../review-kind';
import { companyFields, companySummary } from './company-view';

// 招聘简章 (campus issue item 6; seed 002 "学校将会在两个工作日内进行审核"): one version of a
// company's brochure, reviewed by one university. The subject is the brochure; the payload is the
// version as sent (its sanitised HTML, so the reviewer reads exactly what students will see).

const BrochurePayload = z.object({
  versionId: z.string(),
  version: z.number().int(),
  universityName: z.string(),
  title: z.string(),
  /** Sanitised when the draft was saved (modules/brochures/sanitize-brochure-html.ts). */
  html: z.string(),
  jobTitles: z.array(z.string()),
  /** The version's pictures: served to the reviewer as the request's files. */
  fileIds: z.array(z.string()),
  /** Nothing approved at that university yet (a first 发布, not a new version). */
  firstAtUniversity: z.boolean(),
});

const unknownCompany = { name: '', code: '' };

const decisionOf = (request: {
  subjectId: string;
  reviewerUniversityId: string | null;
  payload: { versionId: string };
}) => ({
  brochureId: request.subjectId,
  universityId: request.reviewerUniversityId ?? '',
  versionId: request.payload.versionId,
});

export const brochureKind = defineReviewKind({
  code: 'brochure',
  label: '招聘简章审核',
  reviewer: 'university',
  payload: BrochurePayload,
  onePendingPer: { key: 'subjectAndReviewer', refusal: 'BROCHURE_PENDING' },
  dueWorkingDays: 2,
  queuePath: '/university/brochures',
  show: (request, context) => ({
    company: context.company
      ? companySummary(request.applicantCompanyId, context.company, null)
      : { id: request.applicantCompanyId, ...unknownCompany },
    currentCompany: null,
    applicantDepartment: '',
    view: {
      sections: [
        { title: '单位信息', fields: context.company ? companyFields(context.company) : [] },
        {
          title: '招聘简章',
          fields: [
            { label: '简章标题', value: request.payload.title },
            {
              label: '版本',
              value: `第${request.payload.version}版${request.payload.firstAtUniversity ? '（首次发布）' : '（已发布简章的新版本）'}`,
            },
            { label: '关联职位', value: request.payload.jobTitles.join('、') || '无' },
          ],
        },
      ],
      changes: null,
      filesTitle: '简章图片',
      richText: { title: request.payload.title, html: request.payload.html },
    },
  }),
  async onApprove(tx, request) {
    await approveBrochureVersion(tx, decisionOf(request), new Date());
    return undefined;
  },
  async onReject(tx, request) {
    await rejectBrochureVersion(tx, decisionOf(request), request.reason ?? '');
  },
  async afterDecision(ctx, request) {
    const { universityName, title } = request.payload;
    await notifyApplicant(ctx, {
      request,
      label: '招聘简章审核',
      body:
        request.state === 'approved'
          ? `招聘简章“${title}”已通过${universityName}的审核，学生可在该校页面查看。`
          : `招聘简章“${title}”未通过${universityName}的审核。原因：${request.reason}。修改后可重新发布。`,
      link: '/employer/campus/brochures',
      bySms: false,
    });
    if (request.applicantCompanyId)
      await publishAfterCommit(
        ctx,
        live.company(request.applicantCompanyId, {
          type: 'brochures.changed',
          data: { brochureId: request.subjectId },
        }),
      );
  },
});

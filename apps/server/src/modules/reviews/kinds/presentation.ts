import { PresentationApproval } from '@openrecruit/shared';
import { z } from 'zod';
import { approvePresentation, rejectPresentation } from '../../presentations/decide-presentation';
import { notifyPresentationDecision, presentationTimeText } from '../../presentations/presentation-notices';
import { defineReviewKind } from '../review-kind';
import { companyFields, companySummary } from './company-view';

// 宣讲会 (seed 002 校园招聘 > 宣讲会): the company applies at an entered university, which reviews it
// within 3 working days and, with 通过, assigns a room and a time from its venue calendar
// (modules/presentations, modules/campus-venues). The payload is the application as submitted.

const Slot = z.object({ startsAt: z.string(), endsAt: z.string() });

const PresentationPayload = z.object({
  universityName: z.string(),
  title: z.string(),
  description: z.string(),
  preferredSlots: z.array(Slot),
  expectedAudience: z.number().int(),
  majors: z.array(z.string()),
  equipment: z.array(z.string()),
  needs: z.string(),
  contactName: z.string(),
  contactMobile: z.string(),
  jobs: z.array(z.object({ id: z.string(), title: z.string() })),
});

const unknownCompany = { name: '', code: '' };
const orNone = (value: string) => value || '无';

export const presentationKind = defineReviewKind({
  code: 'presentation',
  label: '宣讲会申请',
  reviewer: 'university',
  payload: PresentationPayload,
  // Seed 002: 学校将会在三个工作日内进行审核.
  dueWorkingDays: 3,
  queuePath: '/university/presentations',
  approval: PresentationApproval,
  show: (request, context) => {
    const p = request.payload;
    return {
      company: context.company
        ? companySummary(context.company.id, context.company, null)
        : { id: request.applicantCompanyId, ...unknownCompany },
      currentCompany: null,
      applicantDepartment: '',
      view: {
        sections: [
          {
            title: '宣讲会申请',
            fields: [
              { label: '宣讲主题', value: p.title },
              ...p.preferredSlots.map((slot, index) => ({
                label: `期望时间${p.preferredSlots.length > 1 ? index + 1 : ''}`,
                value: presentationTimeText(new Date(slot.startsAt), new Date(slot.endsAt)),
              })),
              { label: '预计人数', value: `${p.expectedAudience}人` },
              { label: '面向专业', value: p.majors.join('、') || '不限' },
              { label: '设备需求', value: p.equipment.join('、') || '无' },
              { label: '其他需求', value: orNone(p.needs) },
              { label: '宣讲职位', value: p.jobs.map((job) => job.title).join('、') },
              { label: '联系人', value: p.contactName },
              { label: '联系手机', value: p.contactMobile },
              { label: '宣讲会介绍', value: orNone(p.description) },
            ],
          },
          {
            title: '单位信息',
            fields: context.company ? companyFields(context.company) : [],
          },
        ],
        changes: null,
        filesTitle: '附件',
      },
    };
  },
  async onApprove(tx, request, decider, approval) {
    if (decider.scope.reviewerKind !== 'university')
      throw new Error('presentations are decided by universities');
    await approvePresentation(tx, {
      presentationId: request.subjectId,
      universityId: decider.scope.universityId,
      deciderAccountId: decider.accountId,
      approval,
    });
    return undefined;
  },
  async onReject(tx, request, decider) {
    if (decider.scope.reviewerKind !== 'university')
      throw new Error('presentations are decided by universities');
    await rejectPresentation(tx, {
      presentationId: request.subjectId,
      universityId: decider.scope.universityId,
      reason: request.reason ?? '',
    });
  },
  afterDecision: (ctx, request) => notifyPresentationDecision(ctx, request),
});

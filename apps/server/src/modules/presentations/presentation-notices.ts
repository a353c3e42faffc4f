import { live } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { formatShanghaiDateTime } from '../../lib/shanghai-time';
import { notifyPresentationSignups } from '../campus-students/notify-presentation-signups';
import { notifyAccount } from '../notifications/notify-account';
import { notifyApplicant } from '../reviews/notify-applicant';
import type { DecidedReview } from '../reviews/review-kind';
import { withinPreferredSlots } from './map-presentation';
import { findPresentationRow } from './presentations.repository';

// What the company hears of its 宣讲会 (seed 002: 审核结果将会在微信公众号上以及 PC 端进行推送通知):
// every notice goes in-app and to the person's bound WeChat channel (notifyAccount's channels).

const LINK = '/employer/campus/presentations';

/** '2026年11月22日（星期日）14:00-16:00' in Shanghai time. */
export function presentationTimeText(startsAt: Date, endsAt: Date): string {
  return `${formatShanghaiDateTime(startsAt)}-${formatShanghaiDateTime(endsAt).slice(-5)}`;
}

const placeOf = (venue: { campus: string; name: string } | null) =>
  venue ? [venue.campus, venue.name].filter(Boolean).join(' ') : '';

/** The decision's notice to the applicant, and the company's open 宣讲会 pages refetch. */
export async function notifyPresentationDecision(
  ctx: AppContext,
  request: DecidedReview<{ universityName: string; title: string }>,
) {
  const row = await findPresentationRow(ctx.db, { id: request.subjectId });
  const { universityName, title } = request.payload;
  let body: string;
  if (request.state === 'approved' && row?.presentation.startsAt && row.presentation.endsAt) {
    const { startsAt, endsAt, preferredSlots } = row.presentation;
    const differs = !withinPreferredSlots(preferredSlots, startsAt, endsAt);
    body =
      `${universityName}已通过贵单位的宣讲会申请“${title}”。场地：${placeOf(row.venue)}；时间：${presentationTimeText(startsAt, endsAt)}。` +
      (differs
        ? '学校安排的时间与贵单位期望的时间不同，如不能参加，可在“校园招聘 > 宣讲会”中取消。'
        : '宣讲会已加入贵单位的待办事项。');
  } else {
    body = `${universityName}未通过贵单位的宣讲会申请“${title}”。原因：${request.reason ?? ''}。可在“校园招聘 > 宣讲会”中重新申请。`;
  }
  await notifyApplicant(ctx, { request, label: '宣讲会申请', body, link: LINK, bySms: false });
  if (request.applicantCompanyId)
    await publishAfterCommit(
      ctx,
      live.company(request.applicantCompanyId, {
        type: 'presentations.changed',
        data: { presentationId: request.subjectId },
      }),
    );
}

/** 宣讲会时间/场地已调整: the university moved an arranged presentation in its venue calendar. */
export async function notifyPresentationMoved(ctx: AppContext, presentationId: string) {
  const row = await findPresentationRow(ctx.db, { id: presentationId });
  if (row?.presentation.state !== 'approved' || !row.presentation.startsAt || !row.presentation.endsAt)
    return;
  const p = row.presentation;
  await notifyAccount(ctx, {
    accountId: p.applicantAccountId,
    kind: 'presentation_rescheduled',
    title: '宣讲会时间/场地已调整',
    body: `${row.universityName}调整了贵单位的宣讲会“${p.title}”。场地：${placeOf(row.venue)}；时间：${presentationTimeText(p.startsAt!, p.endsAt!)}。如不能参加，可在“校园招聘 > 宣讲会”中取消。`,
    link: LINK,
    data: { presentationId },
  });
  await publishAfterCommit(
    ctx,
    live.company(p.companyId, { type: 'presentations.changed', data: { presentationId } }),
  );
  await notifyPresentationSignups(ctx, {
    presentationId,
    change: 'moved',
    body: `你报名的宣讲会“${p.title}”已调整。场地：${row.universityName} ${placeOf(row.venue)}；时间：${presentationTimeText(p.startsAt!, p.endsAt!)}。签到码不变。`,
  });
}

/** 宣讲会已取消: the students signed up hear it (the company cancelled it, so it knows). */
export async function notifyPresentationCancelled(
  ctx: AppContext,
  presentation: { id: string; title: string; startsAt: Date | null; endsAt: Date | null },
) {
  const when =
    presentation.startsAt && presentation.endsAt
      ? `（${presentationTimeText(presentation.startsAt, presentation.endsAt)}）`
      : '';
  await notifyPresentationSignups(ctx, {
    presentationId: presentation.id,
    change: 'cancelled',
    body: `你报名的宣讲会“${presentation.title}”${when}已取消，报名随之取消。`,
  });
}

import { VIDEO_FAIR_PROCESS_STEPS, type VideoFairProcess } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { type CompanyMember, requireFound } from '../../plugins/access';
import {
  findRegistration,
  findRoomChecks,
  processCounts,
  ROOM_CHECK_KINDS,
} from './video-interviews.repository';

export interface GetVideoFairProcessOptions {
  member: CompanyMember;
  registrationId: string;
}

type Step = { done: boolean; next: string | null; count: number | null };
const done = (count: number | null = null): Step => ({ done: true, next: null, count });
const todo = (next: string, count: number | null = null): Step => ({ done: false, next, count });

/**
 * Seed 002 参与过程 ①–⑨ for one registration: each step done, or what to do (or what is awaited) next.
 * Any registration of the company (also before the university's approval: ② then says so).
 */
export async function getVideoFairProcess(
  ctx: AppContext,
  options: GetVideoFairProcessOptions,
): Promise<VideoFairProcess> {
  const registration = requireFound(
    await findRegistration(ctx.db, options.member.companyId, options.registrationId),
    '报名记录不存在',
  );
  const approved = registration.state === 'approved';
  const counts = await processCounts(ctx.db, registration.id);
  const checks = await findRoomChecks(ctx.db, registration.id);
  const entered = checks.some((c) => c.kind === ROOM_CHECK_KINDS.entered);
  const tested = checks.some((c) => c.kind === ROOM_CHECK_KINDS.deviceTest);
  const review: Step = approved
    ? done()
    : todo(
        {
          awaiting_payment: '待支付报名费',
          pending: '待高校审核',
          rejected: '高校未通过，可重新报名',
          cancelled: '报名已取消',
          approved: '',
        }[registration.state],
      );
  const steps: Step[] = [
    registration.state === 'cancelled' ? todo('报名已取消，可重新报名') : done(),
    review,
    entered ? done() : todo(approved ? '进入面试间' : '审核通过后进入面试间'),
    tested ? done() : todo('测试视频设备'),
    counts.applications > 0 ? done(counts.applications) : todo('等待求职者申请（也可从求职者大厅邀请面试）'),
    counts.pending > 0
      ? todo(`${counts.pending} 个申请待处理`, counts.pending)
      : counts.acceptedApplications > 0
        ? done(counts.acceptedApplications)
        : todo('暂无待处理的申请', 0),
    counts.everQueued > 0 ? done(counts.queued) : todo('等待求职者进入面试间排队', 0),
    counts.called > 0 ? done(counts.called) : todo(counts.queued > 0 ? '开始面试' : '有求职者排队后开始面试'),
    counts.completed > 0 && counts.unevaluated === 0
      ? done(counts.completed)
      : todo(
          counts.unevaluated > 0 ? `${counts.unevaluated} 位求职者待评价` : '面试结束后评价求职者',
          counts.unevaluated,
        ),
  ];
  return {
    registrationId: registration.id,
    steps: VIDEO_FAIR_PROCESS_STEPS.map((definition, index) => ({ ...definition, ...steps[index]! })),
  };
}

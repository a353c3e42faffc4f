import type { AppContext } from '../../context';
import { notifyAccount } from '../notifications/notify-account';
import { announceVideoInterview } from './announce-video-interview';
import { videoInterviewMachine } from './video-interview-machine';
import { VIDEO_QUEUE_RULES } from './video-interview-rules';
import { dropSilent, giveUpHeld, markNoShows } from './video-interviews.repository';

export interface SweepVideoQueuesOptions {
  now: Date;
}

/**
 * The queue's clock (decision 021), run by the job every few seconds on every instance: each step is
 * one guarded UPDATE, so two instances sweeping at once change each row once. A queued student
 * silent for the presence timeout is dropped (keeps the place); dropped past the hold window, the
 * place is given up (left) and the student told; a called student not joined within the no-show
 * timeout is 未到场 and told. Every change is announced to the room.
 */
export async function sweepVideoQueues(ctx: AppContext, options: SweepVideoQueuesOptions) {
  const { now } = options;
  const at = (ms: number) => new Date(now.getTime() - ms);
  const dropped = await dropSilent(ctx.db, now, at(VIDEO_QUEUE_RULES.presenceTimeoutMs));
  const gaveUp = await giveUpHeld(
    ctx.db,
    now,
    at(VIDEO_QUEUE_RULES.holdWindowMs),
    videoInterviewMachine.sources('holdExpired'),
  );
  const noShows = await markNoShows(
    ctx.db,
    now,
    at(VIDEO_QUEUE_RULES.noShowTimeoutMs),
    videoInterviewMachine.sources('noShow'),
  );
  for (const row of gaveUp) {
    await notifyAccount(ctx, {
      accountId: row.seekerAccountId,
      kind: 'video_queue_left',
      title: '排队位置已失效',
      body: '您离开面试间排队页面超过3分钟，排队位置已释放，可重新申请视频面试',
      link: `/m/video-interviews/${row.id}`,
      data: { interviewId: row.id },
    });
  }
  for (const row of noShows) {
    await notifyAccount(ctx, {
      accountId: row.seekerAccountId,
      kind: 'video_interview_no_show',
      title: '视频面试未到场',
      body: '面试官呼叫您后1分钟内未进入面试，本次面试已跳过',
      link: `/m/video-interviews/${row.id}`,
      data: { interviewId: row.id },
    });
  }
  for (const row of [...dropped, ...gaveUp, ...noShows]) await announceVideoInterview(ctx, row);
  return { dropped: dropped.length, left: gaveUp.length, noShows: noShows.length };
}

import { live, type VideoInterviewMessage, type VideoInterviewMessagePage } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { pageOf, pageWindow } from '../../lib/paging';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { VIDEO_QUEUE_RULES } from './video-interview-rules';
import {
  countRecentMessages,
  findMessages,
  type InterviewRow,
  insertMessage,
} from './video-interviews.repository';

// 文字沟通 (and the chat beside a video call): the interviewer and the student of an interview under
// way write to each other. The use cases take the interview the caller reached (company side:
// the room's host; student side: their own), so the access rules stay in the callers.

export interface InterviewParty {
  accountId: string;
  side: 'company' | 'student';
}

function mapMessage(
  row: Awaited<ReturnType<typeof insertMessage>>,
  party: InterviewParty,
): VideoInterviewMessage {
  return {
    id: row.id,
    sender: row.sender,
    mine: row.senderAccountId === party.accountId,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
  };
}

export interface SendVideoInterviewMessageOptions {
  interview: InterviewRow;
  party: InterviewParty;
  body: string;
  now?: Date;
}

/** One message (≤ 500 characters), while the interview is under way; at most a few per 10 s per sender. */
export async function sendVideoInterviewMessage(
  ctx: AppContext,
  options: SendVideoInterviewMessageOptions,
): Promise<VideoInterviewMessage> {
  const { interview, party } = options;
  const now = options.now ?? new Date();
  if (interview.state !== 'in_progress') throw new AppError('INVALID_STATE', '面试不在进行中，不能发送消息');
  const recent = await countRecentMessages(
    ctx.db,
    interview.id,
    party.accountId,
    new Date(now.getTime() - VIDEO_QUEUE_RULES.messageWindowMs),
  );
  if (recent >= VIDEO_QUEUE_RULES.messageBurst)
    throw new AppError('RATE_LIMITED', '发送过于频繁，请稍后再发');
  const row = await insertMessage(ctx.db, {
    interviewId: interview.id,
    sender: party.side,
    senderAccountId: party.accountId,
    body: options.body,
    createdAt: now,
  });
  const data = { interviewId: interview.id };
  await publishAfterCommit(
    ctx,
    party.side === 'company'
      ? live.seeker(interview.seekerAccountId, { type: 'video-interviews.changed', data })
      : live.company(interview.companyId, { type: 'video-interviews.changed', data }),
  );
  return mapMessage(row, party);
}

export interface FindVideoInterviewMessagesOptions {
  interview: InterviewRow;
  party: InterviewParty;
  page: number;
  pageSize: number;
}

/** The interview's messages, oldest first (both sides read the same list). */
export async function findVideoInterviewMessages(
  ctx: AppContext,
  options: FindVideoInterviewMessagesOptions,
): Promise<VideoInterviewMessagePage> {
  const { rows, total } = await findMessages(ctx.db, options.interview.id, pageWindow(options));
  return pageOf(
    options,
    rows.map((row) => mapMessage(row, options.party)),
    total,
  );
}

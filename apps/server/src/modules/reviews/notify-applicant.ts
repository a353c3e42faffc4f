import type { AppContext } from '../../context';
import { notifyAccount } from '../notifications/notify-account';
import type { DecidedReview } from './review-kind';

export interface NotifyApplicantOptions {
  request: DecidedReview<unknown>;
  /** The kind's name: the title says 「单位注册申请已通过」. */
  label: string;
  body: string;
  link?: string;
  /** An applicant still waiting cannot log in to read the notice: an SMS tells them too. */
  bySms: boolean;
}

/** The applicant's notice of a decision (通知, and an SMS when asked), sent after the commit. */
export async function notifyApplicant(ctx: AppContext, options: NotifyApplicantOptions) {
  const { request } = options;
  const approved = request.state === 'approved';
  await notifyAccount(
    ctx,
    {
      accountId: request.applicantAccountId,
      kind: approved ? 'review_approved' : 'review_rejected',
      title: `${options.label}${approved ? '已通过' : '未通过'}`,
      body: options.body,
      data: { requestId: request.id },
      ...(options.link ? { link: options.link } : {}),
    },
    { mobile: options.bySms ? request.applicantMobile : null },
  );
}

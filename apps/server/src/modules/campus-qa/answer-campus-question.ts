import { type EmployerCampusQuestion, live } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { notifyAccount } from '../notifications/notify-account';
import { answerQuestion, findCompanyQuestion, findCompanyRow } from './campus-qa.repository';
import { contextsOf, mapEmployerQuestion } from './map-campus-question';

export interface AnswerCampusQuestionOptions {
  member: CompanyMember;
  questionId: string;
  answer: string;
}

/**
 * 回复: answers a question of the company once (the student is told this answer, so it is not
 * changed afterwards; a later detail goes into an FAQ). Two colleagues answering at once: the
 * guarded UPDATE lets one through, the other gets 该问题已回复.
 */
export async function answerCampusQuestion(
  ctx: AppContext,
  options: AnswerCampusQuestionOptions,
): Promise<EmployerCampusQuestion> {
  const { member } = options;
  const existing = requireFound(
    await findCompanyQuestion(ctx.db, member.companyId, options.questionId),
    '问题不存在',
  );
  if (existing.question.answeredAt) throw new AppError('CAMPUS_QUESTION_ANSWERED');
  const row = await ctx.db.transaction((tx) =>
    answerQuestion(
      tx,
      { companyId: member.companyId, id: options.questionId },
      { answer: options.answer, answeredBy: member.accountId, answeredAt: new Date() },
    ),
  );
  if (!row) throw new AppError('CAMPUS_QUESTION_ANSWERED');
  const company = await findCompanyRow(ctx.db, member.companyId);
  await publishAfterCommit(
    ctx,
    live.company(member.companyId, { type: 'campus-questions.changed', data: { questionId: row.id } }),
    live.seeker(row.seekerAccountId, { type: 'campus-questions.answered', data: { questionId: row.id } }),
  );
  await notifyAccount(ctx, {
    accountId: row.seekerAccountId,
    kind: 'campus_answer',
    title: `${company?.name ?? '单位'}回复了你的提问`,
    body: options.answer.length > 60 ? `${options.answer.slice(0, 60)}…` : options.answer,
    link: '/m/campus/questions',
    data: { questionId: row.id },
  });
  const answered = requireFound(await findCompanyQuestion(ctx.db, member.companyId, row.id));
  const contexts = await contextsOf(ctx.db, [answered.question]);
  return mapEmployerQuestion(answered, contexts.get(row.id)!);
}

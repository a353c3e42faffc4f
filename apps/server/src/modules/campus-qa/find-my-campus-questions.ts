import type { SeekerCampusQuestionPage } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { SeekerCaller } from '../../plugins/access';
import { findSeekerQuestionPage } from './campus-qa.repository';
import { contextsOf } from './map-campus-question';

export interface FindMyCampusQuestionsOptions {
  seeker: SeekerCaller;
  page: number;
  pageSize: number;
}

/** 我的提问: the student's questions, newest first, with the companies' answers. */
export async function findMyCampusQuestions(
  ctx: AppContext,
  options: FindMyCampusQuestionsOptions,
): Promise<SeekerCampusQuestionPage> {
  const { rows, total } = await findSeekerQuestionPage(ctx.db, options.seeker.accountId, pageWindow(options));
  const contexts = await contextsOf(
    ctx.db,
    rows.map((row) => row.question),
  );
  return pageOf(
    options,
    rows.map(({ question, companyName }) => ({
      id: question.id,
      company: { id: question.companyId, name: companyName },
      context: contexts.get(question.id)!,
      question: question.question,
      answer: question.answer,
      answeredAt: question.answeredAt?.toISOString() ?? null,
      createdAt: question.createdAt.toISOString(),
    })),
    total,
  );
}

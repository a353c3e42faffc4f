import type { CampusQuestionTab, EmployerCampusQuestionPage } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { CompanyMember } from '../../plugins/access';
import { countCompanyQuestions, findCompanyQuestionPage } from './campus-qa.repository';
import { contextsOf, mapEmployerQuestion } from './map-campus-question';

export interface FindCampusQuestionsOptions {
  member: CompanyMember;
  tab: CampusQuestionTab;
  page: number;
  pageSize: number;
}

/** 校招答疑: the company's questions of a tab (未回复 first in the console), newest first, with both counts. */
export async function findCampusQuestions(
  ctx: AppContext,
  options: FindCampusQuestionsOptions,
): Promise<EmployerCampusQuestionPage> {
  const { companyId } = options.member;
  const [rows, counts] = await Promise.all([
    findCompanyQuestionPage(ctx.db, companyId, options.tab, pageWindow(options)),
    countCompanyQuestions(ctx.db, companyId),
  ]);
  const contexts = await contextsOf(
    ctx.db,
    rows.map((row) => row.question),
  );
  return {
    ...pageOf(
      options,
      rows.map((row) => mapEmployerQuestion(row, contexts.get(row.question.id)!)),
      counts[options.tab],
    ),
    counts,
  };
}

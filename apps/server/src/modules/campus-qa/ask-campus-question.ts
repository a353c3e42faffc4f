import {
  CAMPUS_QA_LIMITS,
  type CampusQuestionContextKind,
  live,
  type SeekerCampusQuestion,
} from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { shanghaiDate, shanghaiTime } from '../../lib/shanghai-time';
import { notFound, type SeekerCaller } from '../../plugins/access';
import { notifyAccount } from '../notifications/notify-account';
import {
  countQuestionsSince,
  findCompanyHr,
  findCompanyRow,
  findRecentlyNotified,
  insertQuestion,
  isPublicContext,
  lockSeekerAccount,
} from './campus-qa.repository';
import { contextsOf } from './map-campus-question';

export interface AskCampusQuestionOptions {
  seeker: SeekerCaller;
  companyId: string;
  contextKind: CampusQuestionContextKind;
  contextId?: string | undefined;
  question: string;
}

/** One notice per HR person in this many minutes, however many students ask. */
const NOTICE_QUIET_MINUTES = 10;
export const CAMPUS_QUESTION_NOTICE = 'campus_question';

/**
 * 提问: a student asks a company from a page students can see (its campus page, an approved
 * brochure, a 招聘中 job, a fair it takes part in, an approved presentation); anything else is 404.
 * At most 20 questions a day (Shanghai), counted with the student's row locked so parallel
 * requests cannot pass it. The company's HR are told (in-app and their bound channel).
 */
export async function askCampusQuestion(
  ctx: AppContext,
  options: AskCampusQuestionOptions,
): Promise<SeekerCampusQuestion> {
  const { seeker, companyId, contextKind } = options;
  const company = await findCompanyRow(ctx.db, companyId);
  if (company?.verificationState !== 'verified') throw notFound('单位不存在');
  if (contextKind !== 'company') {
    if (!options.contextId || !(await isPublicContext(ctx.db, companyId, contextKind, options.contextId)))
      throw notFound('提问的页面不存在或已下线');
  }
  const row = await ctx.db.transaction(async (tx) => {
    await lockSeekerAccount(tx, seeker.accountId);
    const today = shanghaiTime(shanghaiDate(), 0);
    if ((await countQuestionsSince(tx, seeker.accountId, today)) >= CAMPUS_QA_LIMITS.questionsPerDay)
      throw new AppError('CAMPUS_QUESTION_DAILY_LIMIT');
    return insertQuestion(tx, {
      companyId,
      seekerAccountId: seeker.accountId,
      contextKind,
      contextId: contextKind === 'company' ? null : (options.contextId ?? null),
      question: options.question,
    });
  });
  await publishAfterCommit(
    ctx,
    live.company(companyId, { type: 'campus-questions.changed', data: { questionId: row.id } }),
  );
  await notifyHr(ctx, companyId);
  const contexts = await contextsOf(ctx.db, [row]);
  return {
    id: row.id,
    company: { id: company.id, name: company.name },
    context: contexts.get(row.id)!,
    question: row.question,
    answer: null,
    answeredAt: null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** 校招答疑's notice to the company's HR (seed 002: 公众号 and PC), at most one per person per 10 minutes. */
async function notifyHr(ctx: AppContext, companyId: string) {
  const hr = await findCompanyHr(ctx.db, companyId);
  const since = new Date(Date.now() - NOTICE_QUIET_MINUTES * 60_000);
  const recent = await findRecentlyNotified(
    ctx.db,
    hr.map((person) => person.id),
    CAMPUS_QUESTION_NOTICE,
    since,
  );
  for (const person of hr.filter((p) => !recent.has(p.id))) {
    await notifyAccount(ctx, {
      accountId: person.id,
      kind: CAMPUS_QUESTION_NOTICE,
      title: '有学生向贵单位提问',
      body: '有学生在校园招聘中向贵单位提问，请在“校园招聘 > 校招答疑”中回复。',
      link: '/employer/campus/qa',
    });
  }
}

import { CAMPUS_QA_LIMITS, type CampusFaq } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { countFaqs, insertFaq, lockCompany } from './campus-qa.repository';
import { mapFaq } from './map-campus-question';

export interface CreateCampusFaqOptions {
  member: CompanyMember;
  question: string;
  answer: string;
}

/** 新增: an answer for every student, on the company's campus page at once (at most 50). */
export async function createCampusFaq(ctx: AppContext, options: CreateCampusFaqOptions): Promise<CampusFaq> {
  const { member } = options;
  const row = await ctx.db.transaction(async (tx) => {
    requireFound(await lockCompany(tx, member.companyId), '单位不存在');
    if ((await countFaqs(tx, member.companyId)) >= CAMPUS_QA_LIMITS.faqsMax)
      throw new AppError('CAMPUS_FAQS_FULL');
    return insertFaq(tx, {
      companyId: member.companyId,
      question: options.question,
      answer: options.answer,
      createdBy: member.accountId,
    });
  });
  return mapFaq(row);
}

import type { CampusFaq } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { updateFaq } from './campus-qa.repository';
import { mapFaq } from './map-campus-question';

export interface UpdateCampusFaqOptions {
  member: CompanyMember;
  faqId: string;
  question: string;
  answer: string;
}

/** 编辑 an FAQ of the company. */
export async function updateCampusFaq(ctx: AppContext, options: UpdateCampusFaqOptions): Promise<CampusFaq> {
  const row = await ctx.db.transaction((tx) =>
    updateFaq(
      tx,
      { companyId: options.member.companyId, id: options.faqId },
      { question: options.question, answer: options.answer },
    ),
  );
  return mapFaq(requireFound(row, '常见问题不存在'));
}

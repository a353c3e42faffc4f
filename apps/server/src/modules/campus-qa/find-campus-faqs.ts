import type { CampusFaqList } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { CompanyMember } from '../../plugins/access';
import { findFaqs } from './campus-qa.repository';
import { mapFaq } from './map-campus-question';

export interface FindCampusFaqsOptions {
  member: CompanyMember;
}

/** The company's FAQs (at most 50), oldest first as students read them. */
export async function findCampusFaqs(
  ctx: AppContext,
  options: FindCampusFaqsOptions,
): Promise<CampusFaqList> {
  return { items: (await findFaqs(ctx.db, options.member.companyId)).map(mapFaq) };
}

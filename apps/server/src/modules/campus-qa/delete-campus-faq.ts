import type { AppContext } from '../../context';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { updateFaq } from './campus-qa.repository';

export interface DeleteCampusFaqOptions {
  member: CompanyMember;
  faqId: string;
}

/** 删除 an FAQ: off the campus page at once (kept, soft-deleted). */
export async function deleteCampusFaq(ctx: AppContext, options: DeleteCampusFaqOptions): Promise<void> {
  const row = await ctx.db.transaction((tx) =>
    updateFaq(tx, { companyId: options.member.companyId, id: options.faqId }, { deletedAt: new Date() }),
  );
  requireFound(row, '常见问题不存在');
}

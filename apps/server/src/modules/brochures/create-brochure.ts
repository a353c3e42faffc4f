import { type Brochure, live } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import type { CompanyMember } from '../../plugins/access';
import { type BrochureContent, checkBrochureContent } from './brochure-content';
import { insertBrochure } from './brochures.repository';
import { mapBrochure } from './map-brochure';

export interface CreateBrochureOptions {
  member: CompanyMember;
  input: BrochureContent;
}

/** 新增 招聘简章: a draft, not shown anywhere until 发布 and a university's approval. */
export async function createBrochure(ctx: AppContext, options: CreateBrochureOptions): Promise<Brochure> {
  const { member } = options;
  const row = await ctx.db.transaction(async (tx) => {
    const content = await checkBrochureContent(tx, member.companyId, options.input);
    return insertBrochure(tx, { ...content, companyId: member.companyId, createdBy: member.accountId });
  });
  await publishAfterCommit(
    ctx,
    live.company(member.companyId, { type: 'brochures.changed', data: { brochureId: row.id } }),
  );
  return mapBrochure(ctx.db, row);
}

import { type Brochure, live } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { type BrochureContent, checkBrochureContent } from './brochure-content';
import { lockBrochure, updateBrochure as updateBrochureRow } from './brochures.repository';
import { mapBrochure } from './map-brochure';

export interface UpdateBrochureOptions {
  member: CompanyMember;
  brochureId: string;
  input: BrochureContent;
}

/**
 * 编辑: changes the draft only. What students see stays the approved version at each university
 * until the company sends the new one (发布) and that university approves it.
 */
export async function updateBrochure(ctx: AppContext, options: UpdateBrochureOptions): Promise<Brochure> {
  const { member } = options;
  const row = await ctx.db.transaction(async (tx) => {
    const brochure = requireFound(
      await lockBrochure(tx, member.companyId, options.brochureId),
      '招聘简章不存在',
    );
    const content = await checkBrochureContent(tx, member.companyId, options.input, brochure.jobIds);
    return updateBrochureRow(tx, brochure.id, content);
  });
  await publishAfterCommit(
    ctx,
    live.company(member.companyId, { type: 'brochures.changed', data: { brochureId: row.id } }),
  );
  return mapBrochure(ctx.db, row);
}

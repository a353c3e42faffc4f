import { live } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { lockBrochure, updateBrochure, withdrawPublications } from './brochures.repository';

export interface DeleteBrochureOptions {
  member: CompanyMember;
  brochureId: string;
}

/**
 * 删除: the brochure leaves the console and every university's page at once (soft: its versions stay
 * for the review history). A review still pending finds it withdrawn, and the university rejects it.
 */
export async function deleteBrochure(ctx: AppContext, options: DeleteBrochureOptions): Promise<void> {
  const { member } = options;
  await ctx.db.transaction(async (tx) => {
    const brochure = requireFound(
      await lockBrochure(tx, member.companyId, options.brochureId),
      '招聘简章不存在',
    );
    const now = new Date();
    await withdrawPublications(tx, brochure.id, now);
    await updateBrochure(tx, brochure.id, { deletedAt: now });
  });
  await publishAfterCommit(
    ctx,
    live.company(member.companyId, { type: 'brochures.changed', data: { brochureId: options.brochureId } }),
  );
}

import type { Brochure } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { findBrochure } from './brochures.repository';
import { mapBrochure } from './map-brochure';

export interface GetBrochureOptions {
  member: CompanyMember;
  brochureId: string;
}

/** One brochure of the company: the draft and its publication at each university. */
export async function getBrochure(ctx: AppContext, options: GetBrochureOptions): Promise<Brochure> {
  const row = requireFound(
    await findBrochure(ctx.db, options.member.companyId, options.brochureId),
    '招聘简章不存在',
  );
  return mapBrochure(ctx.db, row);
}

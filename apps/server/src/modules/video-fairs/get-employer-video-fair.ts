import type { EmployerVideoFair } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { withMine } from './find-employer-video-fairs';
import { findVideoFair } from './video-fairs.repository';

export interface GetEmployerVideoFairOptions {
  member: CompanyMember;
  fairId: string;
}

/** A fair's detail for a company (any published or cancelled fair; cancelled ones say so). */
export async function getEmployerVideoFair(
  ctx: AppContext,
  options: GetEmployerVideoFairOptions,
): Promise<EmployerVideoFair> {
  const found = requireFound(await findVideoFair(ctx.db, options.fairId), '视频双选会不存在');
  const [fair] = await withMine(ctx.db, options.member, [found], new Date());
  return fair!;
}

import type { AppContext } from '../../context';
import { notFound } from '../../plugins/access';
import { deleteFavourite } from './favourites.repository';
import { findFavourites } from './find-favourites';

export interface RemoveFavouriteOptions {
  seekerAccountId: string;
  jobId: string;
}

/** Seed 000 §七.3 编辑 → 删除. Another seeker's favourite is as unknown as a missing one: 404. */
export async function removeFavourite(ctx: AppContext, options: RemoveFavouriteOptions) {
  if (!(await deleteFavourite(ctx.db, options.seekerAccountId, options.jobId))) {
    throw notFound('该岗位不在您的收藏中');
  }
  return findFavourites(ctx, { seekerAccountId: options.seekerAccountId });
}

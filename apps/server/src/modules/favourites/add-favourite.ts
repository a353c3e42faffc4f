import { FAVOURITES_LIMIT } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import {
  countFavourites,
  findJobState,
  hasFavourite,
  insertFavourite,
  lockSeekerForFavourites,
} from './favourites.repository';
import { findFavourites } from './find-favourites';

export interface AddFavouriteOptions {
  seekerAccountId: string;
  jobId: string;
}

/**
 * Seed 000 §七.1 收藏 and §七.3 上限十条. The seeker row is locked first, so parallel adds count one
 * after another and never pass the limit together. Favouriting a job again changes nothing.
 */
export async function addFavourite(ctx: AppContext, options: AddFavouriteOptions) {
  const { seekerAccountId, jobId } = options;
  await ctx.db.transaction(async (tx) => {
    const job = await findJobState(tx, jobId);
    if (!job) throw new AppError('NOT_FOUND', '岗位不存在或已删除');
    await lockSeekerForFavourites(tx, seekerAccountId);
    if (await hasFavourite(tx, seekerAccountId, jobId)) return;
    if (job.state !== 'recruiting') throw new AppError('JOB_NOT_RECRUITING');
    if ((await countFavourites(tx, seekerAccountId)) >= FAVOURITES_LIMIT) {
      throw new AppError('FAVOURITES_FULL', undefined, { limit: FAVOURITES_LIMIT });
    }
    await insertFavourite(tx, seekerAccountId, jobId);
  });
  return findFavourites(ctx, { seekerAccountId });
}

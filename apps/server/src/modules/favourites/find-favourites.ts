import { FAVOURITES_LIMIT } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { findFavouriteRows } from './favourites.repository';

export interface FindFavouritesOptions {
  seekerAccountId: string;
}

/**
 * Seed 000 §七.2 职位收藏: only the caller's favourites, newest first. There are at most ten
 * (§七.3), so the list is whole: `{ items, limit }`, not a page (its API test pins that shape).
 */
export async function findFavourites(ctx: AppContext, options: FindFavouritesOptions) {
  return { items: await findFavouriteRows(ctx.db, options.seekerAccountId), limit: FAVOURITES_LIMIT };
}

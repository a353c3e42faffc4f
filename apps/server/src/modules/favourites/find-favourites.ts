import { FAVOURITES_LIMIT } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf } from '../../lib/paging';
import { findFavouriteRows } from './favourites.repository';

export interface FindFavouritesOptions {
  seekerAccountId: string;
}

/**
 * Seed 000 §七.2 职位收藏: only the caller's favourites, newest first. There are at most ten
 * (§七.3), so the page is always the whole list.
 */
export async function findFavourites(ctx: AppContext, options: FindFavouritesOptions) {
  const items = await findFavouriteRows(ctx.db, options.seekerAccountId);
  return { ...pageOf({ page: 1, pageSize: FAVOURITES_LIMIT }, items, items.length), limit: FAVOURITES_LIMIT };
}

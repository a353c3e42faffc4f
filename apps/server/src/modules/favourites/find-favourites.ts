import { FAVOURITES_LIMIT, FavouriteListQuery, type PageQuery } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import { countFavourites, findFavouriteRows } from './favourites.repository';

export interface FindFavouritesOptions extends Partial<Pick<PageQuery, 'page' | 'pageSize'>> {
  seekerAccountId: string;
}

/**
 * Seed 000 §七.2 职位收藏: one page of only the caller's favourites, newest first, with the limit of
 * §七.3. There are at most ten, so the default page (which add and remove answer with) holds them all.
 */
export async function findFavourites(ctx: AppContext, options: FindFavouritesOptions) {
  const { seekerAccountId, ...given } = options;
  const query = FavouriteListQuery.parse(given);
  const [items, total] = await Promise.all([
    findFavouriteRows(ctx.db, seekerAccountId, pageWindow(query)),
    countFavourites(ctx.db, seekerAccountId),
  ]);
  return { ...pageOf(query, items, total), limit: FAVOURITES_LIMIT };
}

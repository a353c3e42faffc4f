import { FAVOURITES_LIMIT } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { listFavourites as listFavouriteRows } from './favourites.repository';

export interface ListFavouritesOptions {
  seekerAccountId: string;
}

/** Seed 000 §七.2 职位收藏: only the caller's favourites, newest first. */
export async function listFavourites(ctx: AppContext, options: ListFavouritesOptions) {
  return { items: await listFavouriteRows(ctx.db, options.seekerAccountId), limit: FAVOURITES_LIMIT };
}

import { AddFavouriteInput, FavouriteList, FavouriteListQuery } from '@openrecruit/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSeeker } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { addFavourite } from './add-favourite';
import { findFavourites } from './find-favourites';
import { removeFavourite } from './remove-favourite';

const FavouriteParams = z.object({ jobId: z.uuid('职位ID格式不正确') });

/** Seed 000 §七 我的收藏夹, under /api/seeker. */
export const favouriteRoutes: FastifyPluginAsyncZod = authenticated('seeker', async (app) => {
  const tags = ['职位收藏 favourites'];
  app.get(
    '/favourites',
    {
      schema: {
        tags,
        summary: '职位收藏（最新在前；默认一页即全部十条）',
        querystring: FavouriteListQuery,
        response: { 200: FavouriteList, ...errorResponses },
      },
    },
    async (request) =>
      findFavourites(app.ctx, { ...request.query, seekerAccountId: requireSeeker(request).accountId }),
  );
  app.post(
    '/favourites',
    {
      schema: {
        tags,
        summary: '收藏岗位（上限十条；重复收藏不变）',
        body: AddFavouriteInput,
        response: { 200: FavouriteList, ...errorResponses },
      },
    },
    async (request) =>
      addFavourite(app.ctx, { seekerAccountId: requireSeeker(request).accountId, jobId: request.body.jobId }),
  );
  app.delete(
    '/favourites/:jobId',
    {
      schema: {
        tags,
        summary: '删除收藏',
        params: FavouriteParams,
        response: { 200: FavouriteList, ...errorResponses },
      },
    },
    async (request) =>
      removeFavourite(app.ctx, {
        seekerAccountId: requireSeeker(request).accountId,
        jobId: request.params.jobId,
      }),
  );
});

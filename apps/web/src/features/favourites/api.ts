import { FAVOURITES_LIMIT, type FavouriteList as FavouriteListSchema } from '@openrecruit/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api';
import { jobKeys } from '../jobs/api';

// 我的收藏 (apps/server/src/modules/favourites): at most 10 saved jobs, so one page holds them all.
export type FavouriteList = z.infer<typeof FavouriteListSchema>;
export type Favourite = FavouriteList['items'][number];

export const favouriteKeys = {
  all: ['seeker', 'favourites'] as const,
};

export const favouritesApi = {
  list: () => api.get<FavouriteList>(`/api/seeker/favourites?page=1&pageSize=${FAVOURITES_LIMIT}`),
  add: (jobId: string) => api.post('/api/seeker/favourites', { jobId }),
  remove: (jobId: string) => api.delete(`/api/seeker/favourites/${encodeURIComponent(jobId)}`),
};

export function useFavourites() {
  return useQuery({ queryKey: favouriteKeys.all, queryFn: favouritesApi.list });
}

/** 删除 in 编辑 mode; a job's detail shows its star from the same records. */
export function useRemoveFavourites() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jobIds: string[]) => Promise.all(jobIds.map((jobId) => favouritesApi.remove(jobId))),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: favouriteKeys.all });
      await queryClient.invalidateQueries({ queryKey: jobKeys.details });
    },
  });
}

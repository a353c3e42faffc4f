import type { JobDetail } from '@openrecruit/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Dialog, Toast } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { ApiError, messageOf } from '../../lib/api';
import { favouriteKeys, favouritesApi } from '../favourites/api';
import { jobKeys } from './api';

/** 收藏 / 取消收藏 (seed 000 §七.1); at 10 favourites the server refuses and 编辑收藏 leads to the list. */
export function useFavouriteJob(id: string, refreshJob: () => Promise<unknown>) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (add: boolean) => (add ? favouritesApi.add(id) : favouritesApi.remove(id)),
    onSuccess: async (_result, add) => {
      queryClient.setQueryData<JobDetail>(jobKeys.detail(id), (old) =>
        old ? { ...old, favourite: add } : old,
      );
      await queryClient.invalidateQueries({ queryKey: favouriteKeys.all });
      Toast.show({ content: add ? '已收藏' : '已取消收藏' });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'FAVOURITES_FULL') {
        Dialog.show({
          title: '收藏已满',
          content: <p className="m-dialog-text">{error.message}</p>,
          closeOnAction: true,
          actions: [
            [
              { key: 'close', text: '知道了' },
              { key: 'manage', text: '编辑收藏', bold: true, onClick: () => navigate('/m/favourites') },
            ],
          ],
        });
        return;
      }
      Toast.show({ content: messageOf(error), icon: 'fail' });
      void refreshJob();
    },
  });
}

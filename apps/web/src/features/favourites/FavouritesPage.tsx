import { FAVOURITES_LIMIT } from '@openrecruit/shared';
import { Button, Dialog, ErrorBlock, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { MobilePage } from '../../components/mobile/MobilePage';
import { messageOf } from '../../lib/api';
import { JobCard } from '../jobs/JobCard';
import { jobSearchPath } from '../jobs/search-filters';
import { useFavourites, useRemoveFavourites } from './api';
import './favourites.css';

/**
 * Seed 000 §七.2-3: the saved jobs (at most 10). 编辑 at the top right switches to choosing records
 * and deleting them.
 */
export function FavouritesPage() {
  const navigate = useNavigate();
  const favourites = useFavourites();
  const [editing, setEditing] = useState(false);
  const [chosen, setChosen] = useState<Set<string>>(new Set());

  const remove = useRemoveFavourites();

  const items = favourites.data?.items ?? [];
  const limit = favourites.data?.limit ?? FAVOURITES_LIMIT;

  const toggleEditing = () => {
    setEditing((value) => !value);
    setChosen(new Set());
  };

  const toggle = (jobId: string) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(jobId)) next.delete(jobId);
      else next.add(jobId);
      return next;
    });

  const allChosen = items.length > 0 && chosen.size === items.length;

  const onDelete = async () => {
    const confirmed = await Dialog.confirm({
      title: '删除收藏',
      content: <p className="m-dialog-text">确定删除选中的 {chosen.size} 个收藏岗位吗？</p>,
      confirmText: '删除',
      cancelText: '取消',
    });
    if (!confirmed) return;
    remove.mutate([...chosen], {
      onSuccess: () => {
        Toast.show({ content: '已删除', icon: 'success' });
        setChosen(new Set());
        setEditing(false);
      },
      onError: (error) => Toast.show({ content: messageOf(error), icon: 'fail' }),
    });
  };

  const footer = editing ? (
    <div className="m-bottom-bar m-favourites-bar">
      <label className="m-favourites-bar__all">
        <input
          type="checkbox"
          checked={allChosen}
          onChange={() => setChosen(allChosen ? new Set() : new Set(items.map((item) => item.job.id)))}
        />
        全选
      </label>
      <Button
        color="danger"
        disabled={chosen.size === 0}
        loading={remove.isPending}
        onClick={() => void onDelete()}
      >
        删除{chosen.size > 0 ? `（${chosen.size}）` : ''}
      </Button>
    </div>
  ) : null;

  return (
    <MobilePage
      title="职位收藏"
      back={{ to: '/m/recruit', label: '招聘' }}
      footer={footer}
      right={
        items.length > 0 || editing ? (
          <button type="button" className="m-bar-button" aria-pressed={editing} onClick={toggleEditing}>
            {editing ? '完成' : '编辑'}
          </button>
        ) : null
      }
    >
      {favourites.isPending ? (
        <LoadingBlock />
      ) : favourites.isError ? (
        <LoadFailed error={favourites.error} retry={() => void favourites.refetch()} />
      ) : (
        <>
          <p className="m-favourites-count" role="status">
            已收藏{' '}
            <strong>
              {items.length}/{limit}
            </strong>
            {items.length >= limit ? '，收藏已满，如需添加请先点击右上角“编辑”删除部分收藏' : ''}
          </p>
          {items.length === 0 ? (
            <ErrorBlock
              status="empty"
              title="暂无收藏的岗位"
              description="在岗位详情页点击右上角“收藏”即可添加"
            >
              <Button color="primary" fill="outline" onClick={() => navigate(jobSearchPath())}>
                去搜索职位
              </Button>
            </ErrorBlock>
          ) : (
            <ul className="m-job-list" aria-label="收藏的岗位">
              {items.map((item) => (
                <li key={item.job.id}>
                  <JobCard
                    job={item.job}
                    from="职位收藏"
                    stopped={item.job.state === 'offline'}
                    aside={
                      editing ? (
                        <label className="m-favourite-check">
                          <input
                            type="checkbox"
                            checked={chosen.has(item.job.id)}
                            onChange={() => toggle(item.job.id)}
                            aria-label={`选择 ${item.job.title}（${item.job.companyName}）`}
                          />
                        </label>
                      ) : null
                    }
                  />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </MobilePage>
  );
}

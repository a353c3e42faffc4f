import { APPLICATION_MARKS, type ApplicationMark, DOWNLOAD_BATCH_LIMIT } from '@openrecruit/shared';
import { App } from 'antd';
import { useEffect, useState } from 'react';
import { messageOf } from '../../lib/api';
import { useMarkApplications } from './api';
import { type DownloadProgress, downloadFile } from './download';

export type BatchDownload = DownloadProgress & { count: number };

/**
 * The resumes ticked in 简历管理 and what can be done with them at once: 标记 and 批量下载 (a zip
 * of PDFs, with its progress). `listKey` names the rows on screen.
 */
export function useResumeSelection(listKey: string) {
  const { message } = App.useApp();
  const [selected, setSelected] = useState<string[]>([]);
  const [progress, setProgress] = useState<BatchDownload | undefined>();
  const markMany = useMarkApplications();

  // A selection belongs to the rows on screen: a new tab, page or 筛选 starts afresh.
  // biome-ignore lint/correctness/useExhaustiveDependencies: listKey stands for the whole query
  useEffect(() => setSelected([]), [listKey]);

  const markSelected = (mark: ApplicationMark | null) =>
    markMany.mutate(
      { ids: selected, mark },
      {
        onSuccess: () => {
          const label = mark ? APPLICATION_MARKS.find((item) => item.code === mark)?.label : undefined;
          message.success(
            label ? `已将${selected.length}份简历标记为“${label}”` : '已取消标记，简历回到“未处理”',
          );
          setSelected([]);
        },
        onError: (error) => message.error(messageOf(error)),
      },
    );

  const downloadSelected = async () => {
    if (selected.length > DOWNLOAD_BATCH_LIMIT) {
      message.warning(`一次最多下载${DOWNLOAD_BATCH_LIMIT}份简历`);
      return;
    }
    setProgress({ received: 0, total: undefined, count: selected.length });
    try {
      const name = await downloadFile('/api/employer/applications/resumes.zip', {
        method: 'POST',
        body: { ids: selected },
        fallbackName: '简历.zip',
        onProgress: (value) => setProgress({ ...value, count: selected.length }),
      });
      message.success(`已下载 ${name}`);
    } catch (error) {
      message.error(messageOf(error));
    } finally {
      setProgress(undefined);
    }
  };

  return {
    selected,
    setSelected,
    marking: markMany.isPending,
    markSelected,
    progress,
    downloadSelected,
  };
}

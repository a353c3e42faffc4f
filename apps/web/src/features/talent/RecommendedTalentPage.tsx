import type { DownloadedResumePage, TalentRecommendation } from '@openrecruit/shared';
import { App, Button, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useMyRights } from '../mall/api';
import { useDownloadResume, useDownloads, useRecommendations, useTalentOptions } from './api';
import { showContact } from './show-contact';
import { TalentCard } from './TalentCard';
import { TalentListing, TalentTabsPage, tablePagination } from './TalentListing';

/** 人才中心 > 人才推荐 (seed 002): matched resumes, 下载 for the contact details, and 已下载. */
export function RecommendedTalentPage() {
  return (
    <TalentTabsPage
      title="人才推荐"
      tabs={[
        { key: 'recommended', label: '人才推荐', children: <RecommendationsPanel /> },
        { key: 'downloaded', label: '已下载', children: <DownloadedPanel /> },
      ]}
    />
  );
}

function RecommendationsPanel() {
  const { modal, message } = App.useApp();
  const options = useTalentOptions();
  const [jobId, setJobId] = useState<string>('');
  const [page, setPage] = useState(1);
  const list = useRecommendations(jobId || undefined, page);
  const download = useDownloadResume();
  const rights = useMyRights();
  const downloadsLeft = rights.data?.rights.find((r) => r.right === 'resume_download');

  const fetchContact = (talent: TalentRecommendation) =>
    download.mutate(
      { seekerAccountId: talent.seekerAccountId, jobId: talent.job.id },
      {
        onSuccess: (result) => showContact(modal, result),
        onError: (error) => message.error(messageOf(error)),
      },
    );
  // Decision 018: a new resume uses one 简历下载; one the company has (downloaded, or the seeker
  // applied to the company) is free, which the server says in its answer (show-contact.tsx).
  const confirmDownload = (talent: TalentRecommendation) => {
    const left = downloadsLeft && !downloadsLeft.expired ? downloadsLeft.remaining : 0;
    modal.confirm({
      title: `下载${talent.displayName}的简历？`,
      content: (
        <div>
          <p>
            {`下载将使用一次简历下载权益（已投递本单位的求职者不使用权益），下载后可查看联系方式，简历将转存至“简历管理>未处理”（职位：${talent.job.title}）。`}
          </p>
          {left > 0 ? (
            <p>剩余简历下载：{left} 次</p>
          ) : (
            <p>
              <strong>权益已用完</strong>，前往<Link to="/employer/mall">道具商城</Link>购买简历下载包。
            </p>
          )}
        </div>
      ),
      okText: '确认下载',
      cancelText: '取消',
      onOk: () => fetchContact(talent),
    });
  };

  return (
    <TalentListing
      filter={{
        id: 'talent-job',
        label: '匹配职位',
        width: 280,
        value: jobId,
        loading: options.isPending,
        options: [
          { value: '', label: '全部招聘中职位' },
          ...(options.data?.jobs ?? []).map((job) => ({ value: job.id, label: job.title })),
        ],
        onChange: setJobId,
      }}
      list={list}
      page={page}
      onPageChange={setPage}
      empty={
        options.data?.jobs.length === 0 ? '暂无招聘中的职位，发布职位后即可获得人才推荐' : '暂无匹配的人才'
      }
      renderTalent={(talent) => (
        <TalentCard
          key={talent.seekerAccountId}
          talent={talent}
          reasons={talent.reasons}
          extra={<span style={{ fontWeight: 400 }}>匹配职位：{talent.job.title}</span>}
          actions={
            talent.downloaded ? (
              <Button onClick={() => fetchContact(talent)} aria-label={`查看联系方式：${talent.displayName}`}>
                查看联系方式
              </Button>
            ) : (
              <Button
                type="primary"
                onClick={() => confirmDownload(talent)}
                aria-label={`下载：${talent.displayName}（${talent.job.title}）`}
              >
                下载
              </Button>
            )
          }
        />
      )}
    />
  );
}

type Downloaded = DownloadedResumePage['items'][number];

function DownloadedPanel() {
  const [page, setPage] = useState(1);
  const list = useDownloads(page);
  const columns: TableColumnsType<Downloaded> = [
    { title: '姓名', key: 'name', render: (_, row) => row.talent.contact?.name ?? row.talent.displayName },
    {
      title: '手机',
      key: 'mobile',
      render: (_, row) => row.talent.contact?.mobile ?? row.talent.mobileMasked,
    },
    {
      title: '性别/年龄',
      key: 'age',
      render: (_, row) => `${row.talent.sex === 'M' ? '男' : '女'} / ${row.talent.age}岁`,
    },
    { title: '学历', key: 'education', render: (_, row) => row.talent.educationLabel ?? '—' },
    {
      title: '求职意向',
      key: 'intention',
      render: (_, row) => row.talent.intention?.occupations.join('、') ?? '—',
    },
    { title: '下载职位', key: 'job', render: (_, row) => row.job.title },
    { title: '下载人', dataIndex: 'downloadedBy', key: 'by', render: (value: string | null) => value ?? '—' },
    {
      title: '下载时间',
      dataIndex: 'downloadedAt',
      key: 'at',
      render: (value: string) => formatDateTime(value),
    },
  ];
  return (
    <Table<Downloaded>
      rowKey={(row) => row.talent.seekerAccountId}
      loading={list.isFetching}
      columns={columns}
      dataSource={list.data?.items ?? []}
      locale={{ emptyText: list.isError ? messageOf(list.error) : '暂无已下载的简历' }}
      pagination={tablePagination(list, page, setPage, '份')}
    />
  );
}

import type { DownloadedResumePage, TalentRecommendation } from '@openrecruit/shared';
import {
  App,
  Button,
  Empty,
  Form,
  Pagination,
  Select,
  Space,
  Spin,
  Table,
  type TableColumnsType,
  Tabs,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { messageOf } from '../../lib/api';
import { useDownloadResume, useDownloads, useRecommendations, useTalentOptions } from './api';
import { showContact } from './show-contact';
import { TalentCard } from './TalentCard';

/** 人才中心 > 人才推荐 (seed 002): matched resumes, 下载 for the contact details, and 已下载. */
export function RecommendedTalentPage() {
  useEffect(() => {
    document.title = '人才推荐 - 开放招聘';
  }, []);
  return (
    <div className="console-card">
      <h1 className="console-page-title">人才推荐</h1>
      <Tabs
        destroyInactiveTabPane
        items={[
          { key: 'recommended', label: '人才推荐', children: <RecommendationsPanel /> },
          { key: 'downloaded', label: '已下载', children: <DownloadedPanel /> },
        ]}
      />
    </div>
  );
}

function RecommendationsPanel() {
  const { modal, message } = App.useApp();
  const options = useTalentOptions();
  const [jobId, setJobId] = useState<string>('');
  const [page, setPage] = useState(1);
  const list = useRecommendations(jobId || undefined, page);
  const download = useDownloadResume();

  const fetchContact = (talent: TalentRecommendation) =>
    download.mutate(
      { seekerAccountId: talent.seekerAccountId, jobId: talent.job.id },
      {
        onSuccess: (result) => showContact(modal, result),
        onError: (error) => message.error(messageOf(error)),
      },
    );
  const confirmDownload = (talent: TalentRecommendation) =>
    modal.confirm({
      title: `下载${talent.displayName}的简历？`,
      content: `下载将使用一次简历下载权益，下载后可查看联系方式，简历将转存至“简历管理>未处理”（职位：${talent.job.title}）。`,
      okText: '确认下载',
      cancelText: '取消',
      onOk: () => fetchContact(talent),
    });

  return (
    <>
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label="匹配职位" htmlFor="talent-job">
          <Select
            id="talent-job"
            style={{ width: 280 }}
            value={jobId}
            loading={options.isPending}
            onChange={(value) => {
              setJobId(value);
              setPage(1);
            }}
            options={[
              { value: '', label: '全部招聘中职位' },
              ...(options.data?.jobs ?? []).map((job) => ({ value: job.id, label: job.title })),
            ]}
          />
        </Form.Item>
      </Form>
      {list.isPending ? (
        <Spin style={{ display: 'block', margin: '48px auto' }} />
      ) : list.isError ? (
        <Empty description={messageOf(list.error)} />
      ) : list.data.items.length === 0 ? (
        <Empty
          description={
            options.data?.jobs.length === 0
              ? '暂无招聘中的职位，发布职位后即可获得人才推荐'
              : '暂无匹配的人才'
          }
        />
      ) : (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          {list.data.items.map((talent) => (
            <TalentCard
              key={talent.seekerAccountId}
              talent={talent}
              reasons={talent.reasons}
              extra={<span style={{ fontWeight: 400 }}>匹配职位：{talent.job.title}</span>}
              actions={
                talent.downloaded ? (
                  <Button
                    onClick={() => fetchContact(talent)}
                    aria-label={`查看联系方式：${talent.displayName}`}
                  >
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
          ))}
          <Pagination
            align="end"
            current={page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            showTotal={(total) => `共${total}人`}
            showSizeChanger={false}
            onChange={setPage}
          />
        </Space>
      )}
    </>
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
      render: (value: string) => dayjs(value).format('YYYY-MM-DD HH:mm'),
    },
  ];
  return (
    <Table<Downloaded>
      rowKey={(row) => row.talent.seekerAccountId}
      loading={list.isFetching}
      columns={columns}
      dataSource={list.data?.items ?? []}
      locale={{ emptyText: list.isError ? messageOf(list.error) : '暂无已下载的简历' }}
      pagination={{
        current: page,
        pageSize: list.data?.pageSize ?? 10,
        total: list.data?.total ?? 0,
        showSizeChanger: false,
        showTotal: (total) => `共${total}份`,
        onChange: setPage,
      }}
    />
  );
}

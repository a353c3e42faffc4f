import { canDoJobAction, type EmployerJobRow, type EmployerJobTab, PIN_AREAS } from '@openrecruit/shared';
import { App, Button, Input, Space, Table, type TableColumnsType, Tabs, Tag, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { messageOf } from '../../lib/api';
import {
  educationRequirement,
  formatAgeRange,
  formatDateTime,
  formatSalary,
  workAreaLabel,
} from '../../lib/format';
import { type JobStateAction, useChangeJobState, useEmployerJobs } from './api';
import { JobFormDrawer } from './JobFormDrawer';
import { PinJobModal } from './PinJobModal';
import { ShareJobModal } from './ShareJobModal';
import './employer-jobs.css';

const PAGE_SIZE = 10;
const NOWRAP = 'employer-jobs-nowrap';

type Dialog =
  | { kind: 'form'; jobId?: string }
  | { kind: 'share'; jobId: string }
  | { kind: 'pin'; jobId: string };

const CONFIRMS: Record<JobStateAction, { title: string; content: string; ok: string; done: string }> = {
  offline: {
    title: '确定下架该职位吗？',
    content: '下架后求职者将无法搜索和应聘该职位，职位的置顶同时结束；可在“已下架”列表重新发布。',
    ok: '确定下架',
    done: '已下架',
  },
  republish: {
    title: '确定重新发布该职位吗？',
    content: '重新发布后职位回到“招聘中”，求职者可以搜索和应聘。',
    ok: '确定发布',
    done: '已重新发布',
  },
  delete: {
    title: '确定删除该职位吗？',
    content: '删除将彻底删除该职位信息，且无法恢复。已收到的简历和求职者的应聘记录仍会保留。',
    ok: '确定删除',
    done: '已删除',
  },
};

function pinAreaLabel(code: string) {
  return PIN_AREAS.find((area) => area.code === code)?.label ?? code;
}

/** The 置顶 tag, with the pin's cities and dates on hover or focus. */
function PinTags({ job }: { job: EmployerJobRow }) {
  return job.pins.map((pin) => (
    <Tooltip
      key={pin.id}
      title={`${pin.areas.map(pinAreaLabel).join('、')}：${pin.startDate} 至 ${pin.endDate}`}
    >
      <Tag color={pin.status === 'active' ? 'red' : 'orange'} tabIndex={0}>
        {pin.status === 'active' ? '置顶' : '置顶待生效'}
      </Tag>
    </Tooltip>
  ));
}

/** Seed 002 职位管理: 招聘中 / 已下架, 新增, 编辑, 下架, 重新发布, 删除, 分享, 置顶. */
export function EmployerJobsPage() {
  const { modal, message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const tab: EmployerJobTab = params.get('tab') === 'offline' ? 'offline' : 'recruiting';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const keyword = params.get('keyword') ?? '';
  const [draft, setDraft] = useState(keyword);
  const [dialog, setDialog] = useState<Dialog>();
  const jobs = useEmployerJobs({ tab, keyword, page, pageSize: PAGE_SIZE });
  const change = useChangeJobState();

  useEffect(() => {
    document.title = '职位管理 - 开放招聘';
  }, []);
  useEffect(() => setDraft(keyword), [keyword]);

  const go = (next: { tab?: EmployerJobTab; page?: number; keyword?: string }) => {
    const merged = { tab, page, keyword, ...next };
    const search = new URLSearchParams();
    if (merged.tab !== 'recruiting') search.set('tab', merged.tab);
    if (merged.page > 1) search.set('page', String(merged.page));
    if (merged.keyword) search.set('keyword', merged.keyword);
    setParams(search);
  };

  const confirm = (job: EmployerJobRow, action: JobStateAction) => {
    const text = CONFIRMS[action];
    modal.confirm({
      title: text.title,
      content: `“${job.title}”：${text.content}`,
      okText: text.ok,
      cancelText: '取消',
      okButtonProps: { danger: action !== 'republish' },
      onOk: () =>
        change
          .mutateAsync({ id: job.id, action })
          .then(() => {
            message.success(`${text.done}“${job.title}”`);
            // The last row of a page gone: show the page before.
            if (jobs.data?.items.length === 1 && page > 1) go({ page: page - 1 });
          })
          .catch((error) => {
            message.error(messageOf(error));
          }),
    });
  };

  const action = (label: string, job: EmployerJobRow, onClick: () => void, danger = false) => (
    <Button type="link" size="small" danger={danger} onClick={onClick} aria-label={`${label}：${job.title}`}>
      {label}
    </Button>
  );

  const columns: TableColumnsType<EmployerJobRow> = [
    {
      title: '职位名称',
      key: 'title',
      render: (_, job) => (
        <Space size={4} wrap>
          <span className="employer-jobs-title">{job.title}</span>
          {job.isCampus ? <Tag color="blue">校招</Tag> : null}
          <PinTags job={job} />
        </Space>
      ),
    },
    {
      title: '薪资',
      key: 'salary',
      className: NOWRAP,
      render: (_, job) => formatSalary(job.salaryMin, job.salaryMax),
    },
    {
      title: '要求',
      key: 'requirements',
      render: (_, job) =>
        `${educationRequirement(job.education)} · ${formatAgeRange(job.ageMin, job.ageMax)}`,
    },
    { title: '工作地区', key: 'area', className: NOWRAP, render: (_, job) => workAreaLabel(job.workArea) },
    { title: '招聘人数', dataIndex: 'headcount', key: 'headcount', align: 'right', className: NOWRAP },
    {
      title: '收到简历',
      dataIndex: 'applicationCount',
      key: 'applications',
      align: 'right',
      className: NOWRAP,
    },
    tab === 'recruiting'
      ? {
          title: '发布时间',
          key: 'publishedAt',
          className: NOWRAP,
          render: (_, job) => formatDateTime(job.publishedAt),
        }
      : {
          title: '下架时间',
          key: 'offlineAt',
          className: NOWRAP,
          render: (_, job) => formatDateTime(job.offlineAt),
        },
    {
      title: '操作',
      key: 'actions',
      className: NOWRAP,
      render: (_, job) => (
        <Space size={0}>
          {action('编辑', job, () => setDialog({ kind: 'form', jobId: job.id }))}
          {canDoJobAction('offline', job.state)
            ? action('下架', job, () => confirm(job, 'offline'), true)
            : null}
          {canDoJobAction('share', job.state)
            ? action('分享', job, () => setDialog({ kind: 'share', jobId: job.id }))
            : null}
          {canDoJobAction('pin', job.state)
            ? action('置顶', job, () => setDialog({ kind: 'pin', jobId: job.id }))
            : null}
          {canDoJobAction('republish', job.state)
            ? action('重新发布', job, () => confirm(job, 'republish'))
            : null}
          {canDoJobAction('delete', job.state)
            ? action('删除', job, () => confirm(job, 'delete'), true)
            : null}
        </Space>
      ),
    },
  ];

  const counts = jobs.data?.counts;
  const publishing = jobs.data?.publishing ?? { allowed: true, reason: null };

  return (
    <div className="console-card">
      <div className="employer-jobs-head">
        <h1 className="console-page-title">职位管理</h1>
        <Button type="primary" onClick={() => setDialog({ kind: 'form' })}>
          新增
        </Button>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => go({ tab: key as EmployerJobTab, page: 1 })}
        items={[
          { key: 'recruiting', label: `招聘中${counts ? `（${counts.recruiting}）` : ''}` },
          { key: 'offline', label: `已下架${counts ? `（${counts.offline}）` : ''}` },
        ]}
        tabBarExtraContent={
          <Input.Search
            aria-label="搜索职位名称"
            placeholder="搜索职位名称或职业名称"
            allowClear
            value={draft}
            maxLength={30}
            onChange={(event) => setDraft(event.target.value)}
            onSearch={(value) => go({ keyword: value.trim(), page: 1 })}
            style={{ width: 280 }}
          />
        }
      />
      <Table<EmployerJobRow>
        rowKey="id"
        columns={columns}
        dataSource={jobs.data?.items ?? []}
        loading={jobs.isFetching}
        locale={{
          emptyText: jobs.isError
            ? messageOf(jobs.error)
            : keyword
              ? '没有符合条件的职位'
              : tab === 'recruiting'
                ? '暂无招聘中的职位，点击“新增”发布职位'
                : '暂无已下架的职位',
        }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: jobs.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 个职位`,
          onChange: (next) => go({ page: next }),
          hideOnSinglePage: false,
        }}
      />
      {dialog?.kind === 'form' ? (
        <JobFormDrawer jobId={dialog.jobId} publishing={publishing} onClose={() => setDialog(undefined)} />
      ) : null}
      {dialog?.kind === 'share' ? (
        <ShareJobModal jobId={dialog.jobId} onClose={() => setDialog(undefined)} />
      ) : null}
      {dialog?.kind === 'pin' ? (
        <PinJobModal jobId={dialog.jobId} onClose={() => setDialog(undefined)} />
      ) : null}
    </div>
  );
}

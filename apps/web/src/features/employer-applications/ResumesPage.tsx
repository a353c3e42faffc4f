import {
  APPLICATION_MARKS,
  APPLICATION_SOURCES,
  type ApplicationMark,
  type ApplicationSource,
  DOWNLOAD_BATCH_LIMIT,
  EDUCATION_LEVELS,
  type EmployerApplicationQueryInput,
  type EmployerApplicationSummary,
  RESUME_TABS,
  type ResumeTab,
} from '@openrecruit/shared';
import {
  App,
  Badge,
  Button,
  Checkbox,
  DatePicker,
  Dropdown,
  Form,
  Modal,
  Progress,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useApplications, useJobOptions, useMarkApplications } from './api';
import { type DownloadProgress, downloadFile } from './download';
import { ResumeDrawer } from './ResumeDrawer';
import { MarkTag, SourceTag } from './tags';
import './employer-resumes.css';

const PAGE_SIZES = [10, 20, 50];
const FILTER_KEYS = ['jobId', 'source', 'education', 'from', 'to', 'withdrawn'] as const;

/** ?tab= takes the code or the seed's word (首页's 待查看简历 links to ?tab=未处理). */
function tabOf(value: string | null): ResumeTab {
  return RESUME_TABS.find((tab) => tab.code === value || tab.label === value)?.code ?? 'unprocessed';
}

const isCode = <T extends string>(list: readonly { code: T }[], value: string | null): value is T =>
  list.some((item) => item.code === value);

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Seed 002 简历管理: 未处理 / 合适 / 待定 / 不合适, 筛选, 标记, 下载 and each resume's conversation. */
export function ResumesPage() {
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const tab = tabOf(params.get('tab'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = PAGE_SIZES.includes(Number(params.get('pageSize'))) ? Number(params.get('pageSize')) : 20;
  const source = params.get('source');
  const education = params.get('education');
  const from = params.get('from');
  const to = params.get('to');
  const query: EmployerApplicationQueryInput = {
    tab,
    page,
    pageSize,
    jobId: params.get('jobId') || undefined,
    source: isCode(APPLICATION_SOURCES, source) ? source : undefined,
    education: isCode(EDUCATION_LEVELS, education) ? education : undefined,
    appliedFrom: from && DAY.test(from) ? from : undefined,
    appliedTo: to && DAY.test(to) ? to : undefined,
    includeWithdrawn: params.get('withdrawn') === '1' ? 'true' : undefined,
  };
  const filtering = FILTER_KEYS.some((key) => params.get(key));
  const [showFilters, setShowFilters] = useState(filtering);
  const [selected, setSelected] = useState<string[]>([]);
  const [progress, setProgress] = useState<(DownloadProgress & { count: number }) | undefined>();
  const openId = params.get('application') ?? undefined;

  const list = useApplications(query);
  const jobs = useJobOptions();
  const markMany = useMarkApplications();
  const listKey = JSON.stringify(query);

  useEffect(() => {
    document.title = '简历管理 - 开放招聘';
  }, []);
  // A selection belongs to the rows on screen: a new tab, page or 筛选 starts afresh.
  // biome-ignore lint/correctness/useExhaustiveDependencies: listKey stands for the whole query
  useEffect(() => setSelected([]), [listKey]);

  const go = (changes: Record<string, string | number | undefined>, resetPage = true) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        if (resetPage && !('page' in changes)) next.delete('page');
        return next;
      },
      { replace: 'application' in changes },
    );
  };
  const open = (id: string | undefined) => go({ application: id }, false);

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

  const columns: TableColumnsType<EmployerApplicationSummary> = [
    {
      title: '姓名',
      key: 'name',
      render: (_, row) => (
        <Badge
          dot={row.unreadMessages > 0}
          offset={[4, 0]}
          title={row.unreadMessages > 0 ? '有未读消息' : undefined}
        >
          <Button type="link" className="resumes-name" onClick={() => open(row.id)}>
            {row.seeker.name}
          </Button>
          {row.unreadMessages > 0 ? (
            <span className="visually-hidden">（{row.unreadMessages}条未读消息）</span>
          ) : null}
        </Badge>
      ),
    },
    {
      title: '性别/年龄',
      key: 'sex',
      render: (_, row) => `${row.seeker.sex === 'M' ? '男' : '女'} / ${row.seeker.age}岁`,
    },
    { title: '学历', key: 'education', render: (_, row) => row.seeker.educationLabel ?? '未填写' },
    { title: '投递职位', key: 'job', render: (_, row) => row.job.title },
    { title: '来源', key: 'source', render: (_, row) => <SourceTag row={row} /> },
    {
      title: '状态',
      key: 'state',
      render: (_, row) => (
        <Space size={4} wrap>
          {row.withdrawn ? (
            <Tag>已撤销</Tag>
          ) : (
            <span className={row.viewed ? undefined : 'resumes-new'}>{row.stateLabel}</span>
          )}
          <MarkTag row={row} />
        </Space>
      ),
    },
    { title: '投递时间', key: 'appliedAt', render: (_, row) => formatDateTime(row.appliedAt) },
    {
      title: '操作',
      key: 'actions',
      render: (_, row) => (
        <Button type="link" onClick={() => open(row.id)} aria-label={`查看${row.seeker.name}的简历`}>
          查看简历
        </Button>
      ),
    },
  ];

  const counts = list.data?.counts;
  const percent =
    progress?.total && progress.total > 0
      ? Math.min(100, Math.round((progress.received / progress.total) * 100))
      : 0;

  return (
    <div className="console-card">
      <div className="resumes-head">
        <h1 className="console-page-title">简历管理</h1>
        <Button
          type={filtering ? 'primary' : 'default'}
          ghost={filtering}
          aria-expanded={showFilters}
          aria-controls="resumes-filters"
          onClick={() => setShowFilters((value) => !value)}
        >
          筛选{filtering ? '（已启用）' : ''}
        </Button>
      </div>
      {showFilters ? (
        <Form id="resumes-filters" layout="inline" className="resumes-filters" aria-label="筛选简历">
          <Form.Item label="投递职位" htmlFor="resumes-job">
            <Select
              id="resumes-job"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="全部职位"
              style={{ width: 220 }}
              loading={jobs.isPending}
              value={query.jobId}
              onChange={(value?: string) => go({ jobId: value })}
              options={(jobs.data ?? []).map((job) => ({
                value: job.id,
                label: job.state === 'recruiting' ? job.title : `${job.title}（已下架）`,
              }))}
            />
          </Form.Item>
          <Form.Item label="来源" htmlFor="resumes-source">
            <Select
              id="resumes-source"
              allowClear
              placeholder="全部来源"
              style={{ width: 130 }}
              value={query.source}
              onChange={(value?: ApplicationSource) => go({ source: value })}
              options={APPLICATION_SOURCES.map((item) => ({ value: item.code, label: item.label }))}
            />
          </Form.Item>
          <Form.Item label="学历" htmlFor="resumes-education">
            <Select
              id="resumes-education"
              allowClear
              placeholder="全部学历"
              style={{ width: 190 }}
              value={query.education}
              onChange={(value?: string) => go({ education: value })}
              options={EDUCATION_LEVELS.map((item) => ({ value: item.code, label: item.label }))}
            />
          </Form.Item>
          <Form.Item label="投递时间" htmlFor="resumes-dates">
            <DatePicker.RangePicker
              id={{ start: 'resumes-dates', end: 'resumes-dates-end' }}
              allowEmpty={[true, true]}
              value={[
                query.appliedFrom ? dayjs(query.appliedFrom) : null,
                query.appliedTo ? dayjs(query.appliedTo) : null,
              ]}
              onChange={(range) =>
                go({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
              }
              disabledDate={(day) => day.isAfter(dayjs().endOf('day'))}
            />
          </Form.Item>
          <Form.Item>
            <Checkbox
              checked={query.includeWithdrawn === 'true'}
              onChange={(e) => go({ withdrawn: e.target.checked ? '1' : undefined })}
            >
              显示已撤销
            </Checkbox>
          </Form.Item>
          <Form.Item>
            <Button
              disabled={!filtering}
              onClick={() => go(Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined])))}
            >
              重置
            </Button>
          </Form.Item>
        </Form>
      ) : null}
      <Tabs
        activeKey={tab}
        onChange={(key) => go({ tab: key })}
        items={RESUME_TABS.map((item) => ({
          key: item.code,
          label: `${item.label}${counts ? `（${counts[item.code]}）` : ''}`,
        }))}
      />
      <div className="resumes-bulk" aria-live="polite">
        <span>{selected.length > 0 ? `已选 ${selected.length} 份简历` : '勾选简历后可批量标记或下载'}</span>
        <Dropdown
          disabled={selected.length === 0 || markMany.isPending}
          trigger={['click']}
          menu={{
            items: [
              ...APPLICATION_MARKS.map((item) => ({ key: item.code, label: `标记为“${item.label}”` })),
              { type: 'divider' as const },
              { key: 'clear', label: '取消标记（回到未处理）' },
            ],
            onClick: ({ key }) => markSelected(key === 'clear' ? null : (key as ApplicationMark)),
          }}
        >
          <Button loading={markMany.isPending}>标记</Button>
        </Dropdown>
        <Button disabled={selected.length === 0} loading={progress !== undefined} onClick={downloadSelected}>
          批量下载
        </Button>
      </div>
      <Table<EmployerApplicationSummary>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        rowClassName={(row) => (row.withdrawn ? 'resumes-row--withdrawn' : '')}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys as string[]),
          getCheckboxProps: (row) => ({ 'aria-label': `选择${row.seeker.name}的简历` }),
        }}
        locale={{
          emptyText: list.isError
            ? messageOf(list.error)
            : filtering
              ? '没有符合筛选条件的简历'
              : tab === 'unprocessed'
                ? '暂无未处理的简历'
                : `暂无标记为“${RESUME_TABS.find((item) => item.code === tab)?.label}”的简历`,
        }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (total) => `共 ${total} 份简历`,
          onChange: (next, size) =>
            go({ page: next === 1 ? undefined : next, pageSize: size === 20 ? undefined : size }, false),
        }}
      />
      {openId ? <ResumeDrawer applicationId={openId} onClose={() => open(undefined)} /> : null}
      <Modal
        open={progress !== undefined}
        closable={false}
        footer={null}
        title="批量下载简历"
        maskClosable={false}
      >
        <p>
          {progress && progress.received > 0
            ? `正在下载 ${progress.count} 份简历…`
            : `正在生成 ${progress?.count ?? 0} 份简历的 PDF，请稍候…`}
        </p>
        <Progress
          percent={progress && progress.received > 0 ? percent : 0}
          status="active"
          aria-label="下载进度"
          format={(value) => (progress && progress.received > 0 ? `${value}%` : '生成中')}
        />
      </Modal>
    </div>
  );
}

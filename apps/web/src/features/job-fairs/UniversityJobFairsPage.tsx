import type { JobFairRegistration, UniversityJobFairDetail } from '@openrecruit/shared';
import {
  App,
  Button,
  Descriptions,
  Drawer,
  Popconfirm,
  Segmented,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../components/console/QueryState';
import { messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { ExcelExportButton } from '../campus-statistics/ExcelExportButton';
import {
  JOB_FAIRS_PAGE_SIZE,
  useAssignBooth,
  useAutoAssignBooths,
  useCancelJobFair,
  useUniversityJobFair,
  useUniversityJobFairs,
} from './api';
import { JobFairFormDrawer } from './JobFairFormDrawer';
import { fairScheduleColumns } from './job-fair-columns';
import { feeText, PHASES, REGISTRATION_STATES, timeRange } from './job-fair-labels';
import './job-fairs.css';

type Item = NonNullable<ReturnType<typeof useUniversityJobFairs>['data']>['items'][number];
type Editing = { fairId?: string } | null;

/** 双选会管理 (issue 11 item 9): the university's fairs, their registrations and booths. */
export function UniversityJobFairsPage() {
  const [page, setPage] = useState(1);
  const [when, setWhen] = useState<'all' | 'upcoming' | 'past'>('upcoming');
  const fairs = useUniversityJobFairs({ page, ...(when === 'all' ? {} : { when }) });
  const cancel = useCancelJobFair();
  const { message } = App.useApp();
  const [detailId, setDetailId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);

  useEffect(() => {
    document.title = '双选会管理 - 开放招聘';
  }, []);

  const columns: TableColumnsType<Item> = [
    {
      title: '双选会名称',
      key: 'title',
      width: 230,
      render: (_, fair) => (
        <Button type="link" className="job-fairs__title-link" onClick={() => setDetailId(fair.id)}>
          {fair.title}
        </Button>
      ),
    },
    ...fairScheduleColumns<Item>({ time: 170, location: 130, window: 160 }),
    {
      title: '展位（已报/总数）',
      key: 'booths',
      width: 130,
      render: (_, fair) => (
        <Space direction="vertical" size={0}>
          <span>
            {fair.registeredCount}/{fair.capacity}
          </span>
          {fair.pendingCount ? (
            <span className="job-fairs__secondary">待审核 {fair.pendingCount}</span>
          ) : null}
        </Space>
      ),
    },
    {
      title: '状态',
      key: 'phase',
      width: 90,
      render: (_, fair) => <Tag color={PHASES[fair.phase].color}>{PHASES[fair.phase].label}</Tag>,
    },
    {
      title: '操作',
      key: 'actions',
      width: 170,
      render: (_, fair) => (
        <Space size={0}>
          {fair.state === 'published' ? (
            <>
              <Button
                type="link"
                onClick={() => setEditing({ fairId: fair.id })}
                aria-label={`编辑：${fair.title}`}
              >
                编辑
              </Button>
              <Popconfirm
                title="取消双选会"
                description="取消后已报名的单位将收到通知，已通过的单位的日程将被移除。确定取消吗？"
                okText="取消双选会"
                cancelText="不取消"
                onConfirm={() =>
                  cancel.mutateAsync(fair.id).then(
                    () => message.success('双选会已取消'),
                    (error) => message.error(messageOf(error)),
                  )
                }
              >
                <Button type="link" danger aria-label={`取消双选会：${fair.title}`}>
                  取消双选会
                </Button>
              </Popconfirm>
            </>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <div className="console-card">
      <div className="job-fairs__toolbar">
        <h1 className="console-page-title">双选会管理</h1>
        <Space>
          <ExcelExportButton file="job-fairs.xlsx" />
          <Button type="primary" onClick={() => setEditing({})}>
            新建双选会
          </Button>
        </Space>
      </div>
      <Segmented
        className="job-fairs__filter"
        aria-label="举办时间"
        value={when}
        onChange={(value) => {
          setWhen(value as typeof when);
          setPage(1);
        }}
        options={[
          { value: 'upcoming', label: '近期' },
          { value: 'past', label: '往届' },
          { value: 'all', label: '全部' },
        ]}
      />
      <Table<Item>
        rowKey="id"
        columns={columns}
        dataSource={fairs.data?.items ?? []}
        loading={fairs.isPending}
        locale={{ emptyText: fairs.isError ? messageOf(fairs.error) : '暂无双选会，点击“新建双选会”发布' }}
        pagination={{
          current: page,
          pageSize: JOB_FAIRS_PAGE_SIZE,
          total: fairs.data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: setPage,
        }}
      />
      {detailId ? (
        <JobFairDetailDrawer
          fairId={detailId}
          onClose={() => setDetailId(null)}
          onEdit={() => setEditing({ fairId: detailId })}
        />
      ) : null}
      {editing ? <EditFair fairId={editing.fairId} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}

/** The form, once the fair to edit is loaded (新建: at once). */
function EditFair({ fairId, onClose }: { fairId?: string; onClose: () => void }) {
  const fair = useUniversityJobFair(fairId);
  if (!fairId) return <JobFairFormDrawer onClose={onClose} />;
  if (!fair.data) return null;
  return <JobFairFormDrawer fair={fair.data} onClose={onClose} />;
}

function JobFairDetailDrawer({
  fairId,
  onClose,
  onEdit,
}: {
  fairId: string;
  onClose: () => void;
  onEdit: () => void;
}) {
  const fair = useUniversityJobFair(fairId);
  return (
    <Drawer open width={1100} title={fair.data?.title ?? '双选会详情'} onClose={onClose} destroyOnHidden>
      <QueryState query={fair} loading="spin">
        {(data) => <JobFairDetail fair={data} onEdit={onEdit} />}
      </QueryState>
    </Drawer>
  );
}

function JobFairDetail({ fair, onEdit }: { fair: UniversityJobFairDetail; onEdit: () => void }) {
  const { message } = App.useApp();
  const assign = useAssignBooth(fair.id);
  const auto = useAutoAssignBooths(fair.id);
  const open = fair.state === 'published';
  const waiting = fair.registrations.filter((r) => r.state === 'approved' && !r.booth).length;

  const assignTo = (registration: JobFairRegistration, boothId: string | null) =>
    assign.mutate(
      { registrationId: registration.id, boothId },
      {
        onSuccess: () => message.success(boothId ? '展位已分配' : '已取消分配'),
        onError: (error) => message.error(messageOf(error)),
      },
    );

  const boothOptions = (registration: JobFairRegistration) =>
    fair.booths
      .filter((booth) => booth.registrationId === null || booth.registrationId === registration.id)
      .map((booth) => ({
        value: booth.id,
        label: `${booth.code}（${fair.boothKinds.find((k) => k.code === booth.kind)?.name ?? booth.kind}）`,
      }));

  const columns: TableColumnsType<JobFairRegistration> = [
    { title: '单位名称', dataIndex: ['company', 'name'], key: 'company', width: 180 },
    {
      title: '联系人',
      key: 'contacts',
      width: 170,
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          {r.contacts.map((c) => (
            <span key={`${c.name}${c.mobile}`}>
              {c.name} {c.mobile}
            </span>
          ))}
        </Space>
      ),
    },
    {
      title: '携带职位',
      key: 'jobs',
      render: (_, r) => r.jobs.map((job) => job.title).join('、'),
    },
    {
      title: '展位类型',
      key: 'kind',
      width: 130,
      render: (_, r) => (r.boothKind ? `${r.boothKind.name}（${feeText(r.boothKind.feeCents)}）` : ''),
    },
    { title: '展位意向', dataIndex: 'boothWish', key: 'wish', width: 120 },
    {
      title: '状态',
      key: 'state',
      width: 150,
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <Tag color={REGISTRATION_STATES[r.state].color}>{REGISTRATION_STATES[r.state].label}</Tag>
          {r.state === 'pending' && r.dueAt ? (
            <span className="job-fairs__secondary">
              {formatDateTime(r.dueAt)}前审核，<Link to="/university/job-fairs">去审核</Link>
            </span>
          ) : null}
          {r.state === 'rejected' && r.rejectReason ? (
            <span className="job-fairs__secondary">原因：{r.rejectReason}</span>
          ) : null}
        </Space>
      ),
    },
    {
      title: '展位',
      key: 'booth',
      width: 196,
      render: (_, r) =>
        r.state === 'approved' && open ? (
          <Select
            allowClear
            placeholder="选择展位"
            aria-label={`${r.company.name}的展位`}
            style={{ width: 176 }}
            value={r.booth?.id}
            options={boothOptions(r)}
            loading={assign.isPending && assign.variables?.registrationId === r.id}
            onChange={(value: string | undefined) => assignTo(r, value ?? null)}
          />
        ) : (
          (r.booth?.code ?? '')
        ),
    },
  ];

  return (
    <>
      <Descriptions column={2} size="small" className="job-fairs__facts" bordered>
        <Descriptions.Item label="举办时间">{timeRange(fair.startsAt, fair.endsAt)}</Descriptions.Item>
        <Descriptions.Item label="地点">{fair.location}</Descriptions.Item>
        <Descriptions.Item label="报名时间">
          {formatDateTime(fair.registrationOpensAt)} 至 {formatDateTime(fair.registrationClosesAt)}
        </Descriptions.Item>
        <Descriptions.Item label="状态">
          <Tag color={PHASES[fair.phase].color}>{PHASES[fair.phase].label}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="展位">
          {fair.boothKinds.map((k) => `${k.name} ${k.count}个（${feeText(k.feeCents)}）`).join('；')}
        </Descriptions.Item>
        <Descriptions.Item label="已报名">
          {fair.registeredCount}/{fair.capacity}
        </Descriptions.Item>
        {fair.rules ? (
          <Descriptions.Item label="参会须知" span={2}>
            {fair.rules}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <div className="job-fairs__toolbar">
        <h2 className="console-page-title">报名单位</h2>
        <Space>
          <ExcelExportButton file="job-fair-registrations.xlsx" params={{ fairId: fair.id }} />
          {open ? (
            <>
              <Button onClick={onEdit}>编辑双选会</Button>
              <Button
                type="primary"
                disabled={waiting === 0}
                loading={auto.isPending}
                onClick={() =>
                  auto.mutate(undefined, {
                    onSuccess: () => message.success('已按报名顺序分配展位'),
                    onError: (error) => message.error(messageOf(error)),
                  })
                }
              >
                按报名顺序自动分配{waiting ? `（${waiting}家待分配）` : ''}
              </Button>
            </>
          ) : null}
        </Space>
      </div>
      <Table<JobFairRegistration>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={fair.registrations}
        pagination={false}
        locale={{ emptyText: '暂无单位报名' }}
      />
    </>
  );
}

import type { EmployerJobFair, JobFairRegistration } from '@openrecruit/shared';
import { App, Button, Popconfirm, Segmented, Space, Table, type TableColumnsType, Tabs, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useRequestUniversityEntry } from '../university-entries/api';
import {
  JOB_FAIRS_PAGE_SIZE,
  useEmployerJobFairs,
  useMyJobFairRegistrations,
  useWithdrawJobFairRegistration,
} from './api';
import { fairScheduleColumns } from './job-fair-columns';
import { PHASES, REGISTRATION_STATES, timeRange } from './job-fair-labels';
import { RegisterJobFairDrawer } from './RegisterJobFairDrawer';
import './job-fairs.css';

// 校园招聘 > 双选会 (seed 002): 在【校园招聘>双选会】选择双选会“申请入驻”或“报名”，填写信息并提交后，
// 学校将会在三个工作日内进行审核. 申请入驻 where the company has not entered the university (the
// 入驻高校 request), 报名 where it has.

export function EmployerJobFairsPage() {
  const [tab, setTab] = useState('all');
  useEffect(() => {
    document.title = '双选会 - 开放招聘';
  }, []);
  return (
    <div className="console-card">
      <h1 className="console-page-title">双选会</h1>
      <p className="job-fairs__intro">
        选择双选会“申请入驻”或“报名”，填写信息并提交后，学校将会在三个工作日内进行审核，审核结果将会在微信公众号以及PC端上进行推送通知。
        尚未入驻的高校请先 <Link to="/employer/campus/universities">入驻高校</Link>。
      </p>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'all', label: '全部双选会', children: <AllFairs /> },
          { key: 'mine', label: '我的报名', children: <MyRegistrations /> },
        ]}
      />
    </div>
  );
}

function AllFairs() {
  const [page, setPage] = useState(1);
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const fairs = useEmployerJobFairs({ page, when });
  const entry = useRequestUniversityEntry();
  const { message } = App.useApp();
  const [registering, setRegistering] = useState<EmployerJobFair | null>(null);

  const enter = (fair: EmployerJobFair) =>
    entry.mutate(fair.university.id, {
      onSuccess: () => {
        message.success(`已向${fair.university.name}提交入驻申请，请等待学校审核`);
        void fairs.refetch();
      },
      onError: (error) => message.error(messageOf(error)),
    });

  const action = (fair: EmployerJobFair) => {
    const current = fair.registration && ['pending', 'approved'].includes(fair.registration.state);
    if (current && fair.registration) {
      const state = REGISTRATION_STATES[fair.registration.state];
      return (
        <Tag color={state.color}>
          已报名（{state.label}
          {fair.registration.booth ? `，展位${fair.registration.booth.code}` : ''}）
        </Tag>
      );
    }
    if (fair.phase === 'held' || fair.phase === 'cancelled') return <Tag>{PHASES[fair.phase].label}</Tag>;
    if (fair.entryState === 'pending') return <Tag color="processing">入驻审核中</Tag>;
    if (fair.entryState !== 'entered')
      return (
        <Button
          type="link"
          loading={entry.isPending && entry.variables === fair.university.id}
          onClick={() => enter(fair)}
          aria-label={`申请入驻：${fair.university.name}`}
        >
          申请入驻
        </Button>
      );
    if (fair.phase !== 'registration_open') return <Tag>{PHASES[fair.phase].label}</Tag>;
    if (fair.registeredCount >= fair.capacity) return <Tag color="warning">展位已满</Tag>;
    return (
      <Button
        type="primary"
        size="small"
        onClick={() => setRegistering(fair)}
        aria-label={`报名：${fair.title}`}
      >
        报名
      </Button>
    );
  };

  const columns: TableColumnsType<EmployerJobFair> = [
    { title: '高校', dataIndex: ['university', 'name'], key: 'university', width: 150 },
    {
      title: '双选会名称',
      key: 'title',
      render: (_, fair) => (
        <Space direction="vertical" size={0}>
          <span>{fair.title}</span>
          {fair.registration?.state === 'rejected' ? (
            <span className="job-fairs__secondary">上次报名未通过：{fair.registration.rejectReason}</span>
          ) : null}
        </Space>
      ),
    },
    ...fairScheduleColumns<EmployerJobFair>({ time: 200, location: 140, window: 180 }),
    {
      title: '展位（剩余/总数）',
      key: 'booths',
      width: 130,
      render: (_, fair) => `${fair.capacity - fair.registeredCount}/${fair.capacity}`,
    },
    { title: '操作', key: 'action', width: 150, render: (_, fair) => action(fair) },
  ];

  return (
    <>
      <Segmented
        className="job-fairs__filter"
        aria-label="举办时间"
        value={when}
        onChange={(value) => {
          setWhen(value as 'upcoming' | 'past');
          setPage(1);
        }}
        options={[
          { value: 'upcoming', label: '近期双选会' },
          { value: 'past', label: '往届双选会' },
        ]}
      />
      <Table<EmployerJobFair>
        rowKey="id"
        columns={columns}
        dataSource={fairs.data?.items ?? []}
        loading={fairs.isPending || fairs.isFetching}
        locale={{ emptyText: fairs.isError ? messageOf(fairs.error) : '暂无双选会' }}
        pagination={{
          current: page,
          pageSize: JOB_FAIRS_PAGE_SIZE,
          total: fairs.data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: setPage,
        }}
      />
      {registering ? <RegisterJobFairDrawer fair={registering} onClose={() => setRegistering(null)} /> : null}
    </>
  );
}

function MyRegistrations() {
  const [page, setPage] = useState(1);
  const registrations = useMyJobFairRegistrations(page);
  const withdraw = useWithdrawJobFairRegistration();
  const { message } = App.useApp();

  const columns: TableColumnsType<JobFairRegistration> = [
    { title: '高校', dataIndex: ['fair', 'university', 'name'], key: 'university', width: 150 },
    { title: '双选会名称', dataIndex: ['fair', 'title'], key: 'title' },
    {
      title: '举办时间',
      key: 'time',
      width: 200,
      render: (_, r) => timeRange(r.fair.startsAt, r.fair.endsAt),
    },
    {
      title: '展位类型',
      key: 'kind',
      width: 110,
      render: (_, r) => r.boothKind?.name ?? '',
    },
    {
      title: '状态',
      key: 'state',
      width: 220,
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <span>
            <Tag color={REGISTRATION_STATES[r.state].color}>{REGISTRATION_STATES[r.state].label}</Tag>
            {r.fair.state === 'cancelled' ? <Tag color="error">双选会已取消</Tag> : null}
          </span>
          {r.state === 'rejected' && r.rejectReason ? (
            <span className="job-fairs__secondary">原因：{r.rejectReason}</span>
          ) : null}
          {r.state === 'pending' && r.dueAt ? (
            <span className="job-fairs__secondary">预计{formatDateTime(r.dueAt)}前审核</span>
          ) : null}
        </Space>
      ),
    },
    {
      title: '展位号',
      key: 'booth',
      width: 90,
      render: (_, r) => r.booth?.code ?? (r.state === 'approved' ? '待分配' : ''),
    },
    {
      title: '操作',
      key: 'action',
      width: 110,
      render: (_, r) =>
        r.canWithdraw ? (
          <Popconfirm
            title="撤销报名"
            description={`确定撤销“${r.fair.title}”的报名吗？撤销后展位将释放给其他单位。`}
            okText="撤销报名"
            cancelText="取消"
            onConfirm={() =>
              withdraw.mutateAsync(r.id).then(
                () => message.success('已撤销报名'),
                (error) => message.error(messageOf(error)),
              )
            }
          >
            <Button type="link" danger aria-label={`撤销报名：${r.fair.title}`}>
              撤销报名
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <Table<JobFairRegistration>
      rowKey="id"
      columns={columns}
      dataSource={registrations.data?.items ?? []}
      loading={registrations.isPending}
      locale={{ emptyText: registrations.isError ? messageOf(registrations.error) : '暂无报名记录' }}
      pagination={{
        current: page,
        pageSize: JOB_FAIRS_PAGE_SIZE,
        total: registrations.data?.total ?? 0,
        hideOnSinglePage: true,
        showSizeChanger: false,
        onChange: setPage,
      }}
    />
  );
}

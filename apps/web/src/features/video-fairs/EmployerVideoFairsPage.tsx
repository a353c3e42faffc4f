import type { EmployerVideoFair } from '@openrecruit/shared';
import {
  Alert,
  Button,
  Descriptions,
  Drawer,
  Input,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { QueryState } from '../../components/console/QueryState';
import { messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { hallPath } from '../video-interviews/video-interview-paths';
import { useEmployerVideoFair, useEmployerVideoFairs, VIDEO_FAIRS_PAGE_SIZE } from './api';
import { MyVideoFairRegistrations } from './MyVideoFairRegistrations';
import { RegisterVideoFairDrawer } from './RegisterVideoFairDrawer';
import { AgreementButton } from './VideoFairAgreement';
import { feeText, modesText, PHASES, REGISTRATION_STATES, timeRange } from './video-fair-labels';
import './video-fairs.css';

type Phase = 'registration_open' | 'registration_closed' | 'ongoing' | 'ended';

/**
 * 云校招 > 视频双选会 (seed 002): the published fairs of every university (去报名 in the list or the
 * detail) and 我的报名 (the company's registrations and their review state).
 */
export function VideoFairsPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'mine' ? 'mine' : 'fairs';
  useEffect(() => {
    document.title = '视频双选会 - 开放招聘';
  }, []);
  return (
    <div className="console-card">
      <h1 className="console-page-title">视频双选会</h1>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'mine' ? { tab: 'mine' } : {})}
        items={[
          {
            key: 'fairs',
            label: '视频双选会',
            children: <FairList onRegistered={() => setParams({ tab: 'mine' })} />,
          },
          { key: 'mine', label: '我的报名', children: <MyVideoFairRegistrations /> },
        ]}
      />
    </div>
  );
}

function FairList({ onRegistered }: { onRegistered: () => void }) {
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const [phase, setPhase] = useState<Phase | undefined>();
  const fairs = useEmployerVideoFairs({ page, ...(q ? { q } : {}), ...(phase ? { phase } : {}) });
  const [detailId, setDetailId] = useState<string | null>(null);
  const [registering, setRegistering] = useState<EmployerVideoFair | null>(null);

  const columns: TableColumnsType<EmployerVideoFair> = [
    {
      title: '双选会名称',
      key: 'title',
      width: 240,
      render: (_, fair) => (
        <Button type="link" className="video-fairs__title-link" onClick={() => setDetailId(fair.id)}>
          {fair.title}
        </Button>
      ),
    },
    { title: '举办高校', key: 'university', width: 140, render: (_, fair) => fair.university.name },
    {
      title: '举办时间',
      key: 'time',
      width: 190,
      render: (_, fair) => timeRange(fair.startsAt, fair.endsAt),
    },
    {
      title: '报名截止',
      key: 'deadline',
      width: 140,
      render: (_, fair) => formatDateTime(fair.registrationDeadline),
    },
    { title: '报名费', key: 'fee', width: 90, render: (_, fair) => feeText(fair.feePoints) },
    { title: '剩余名额', key: 'left', width: 90, render: (_, fair) => `${fair.placesLeft}/${fair.capacity}` },
    {
      title: '状态',
      key: 'phase',
      width: 110,
      render: (_, fair) => (
        <Space direction="vertical" size={2}>
          <Tag color={PHASES[fair.phase].color}>{PHASES[fair.phase].label}</Tag>
          {fair.myRegistration ? (
            <Tag color={REGISTRATION_STATES[fair.myRegistration.state].color}>
              我的报名：{REGISTRATION_STATES[fair.myRegistration.state].label}
            </Tag>
          ) : null}
        </Space>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 130,
      render: (_, fair) => (
        <FairActions
          fair={fair}
          onRegister={() => setRegistering(fair)}
          onDetail={() => setDetailId(fair.id)}
        />
      ),
    },
  ];

  return (
    <>
      <div className="video-fairs__search">
        <Input.Search
          allowClear
          placeholder="双选会名称或高校"
          aria-label="搜索双选会名称或高校"
          style={{ width: 280 }}
          onSearch={(value) => {
            setQ(value.trim());
            setPage(1);
          }}
        />
        <Select<Phase | ''>
          aria-label="状态"
          style={{ width: 140 }}
          value={phase ?? ''}
          onChange={(value) => {
            setPhase(value || undefined);
            setPage(1);
          }}
          options={[
            { value: '', label: '全部（未结束）' },
            { value: 'registration_open', label: '报名中' },
            { value: 'registration_closed', label: '已截止' },
            { value: 'ongoing', label: '进行中' },
            { value: 'ended', label: '已结束' },
          ]}
        />
      </div>
      <Table<EmployerVideoFair>
        rowKey="id"
        columns={columns}
        dataSource={fairs.data?.items ?? []}
        loading={fairs.isPending}
        scroll={{ x: 1150 }}
        locale={{ emptyText: fairs.isError ? messageOf(fairs.error) : '暂无视频双选会' }}
        pagination={{
          current: page,
          pageSize: VIDEO_FAIRS_PAGE_SIZE,
          total: fairs.data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: setPage,
        }}
      />
      {detailId ? (
        <FairDetailDrawer
          fairId={detailId}
          onClose={() => setDetailId(null)}
          onRegister={(fair) => {
            setDetailId(null);
            setRegistering(fair);
          }}
        />
      ) : null}
      {registering ? (
        <RegisterVideoFairDrawer
          fair={registering}
          onClose={() => setRegistering(null)}
          onDone={() => {
            setRegistering(null);
            onRegistered();
          }}
        />
      ) : null}
    </>
  );
}

/** 去报名 while open and not registered; 求职者大厅 once approved. */
function FairActions(props: { fair: EmployerVideoFair; onRegister: () => void; onDetail?: () => void }) {
  const { fair } = props;
  const canRegister = fair.phase === 'registration_open' && !fair.myRegistration && fair.placesLeft > 0;
  return (
    <Space size={0} wrap>
      {canRegister ? (
        <Button type="link" onClick={props.onRegister} aria-label={`去报名：${fair.title}`}>
          去报名
        </Button>
      ) : null}
      {fair.myRegistration?.state === 'approved' ? (
        <Link to={hallPath(fair.id)} aria-label={`求职者大厅：${fair.title}`}>
          求职者大厅
        </Link>
      ) : null}
      {props.onDetail ? (
        <Button type="link" onClick={props.onDetail} aria-label={`详情：${fair.title}`}>
          详情
        </Button>
      ) : null}
    </Space>
  );
}

function FairDetailDrawer(props: {
  fairId: string;
  onClose: () => void;
  onRegister: (fair: EmployerVideoFair) => void;
}) {
  const fair = useEmployerVideoFair(props.fairId);
  return (
    <Drawer
      open
      width={720}
      title={fair.data?.title ?? '视频双选会详情'}
      onClose={props.onClose}
      destroyOnHidden
    >
      <QueryState query={fair} loading="spin">
        {(data) => (
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label="举办高校">{data.university.name}</Descriptions.Item>
              <Descriptions.Item label="举办时间">{timeRange(data.startsAt, data.endsAt)}</Descriptions.Item>
              <Descriptions.Item label="报名截止">
                {formatDateTime(data.registrationDeadline)}
              </Descriptions.Item>
              <Descriptions.Item label="面试时长">{data.slotMinutes}分钟/人</Descriptions.Item>
              <Descriptions.Item label="面试方式">{modesText(data)}</Descriptions.Item>
              <Descriptions.Item label="报名费">{feeText(data.feePoints)}</Descriptions.Item>
              <Descriptions.Item label="剩余名额">
                {data.placesLeft}/{data.capacity}
              </Descriptions.Item>
              <Descriptions.Item label="状态">
                <Tag color={PHASES[data.phase].color}>{PHASES[data.phase].label}</Tag>
                {data.cancelReason ? `（${data.cancelReason}）` : null}
              </Descriptions.Item>
              {data.description ? (
                <Descriptions.Item label="简介">{data.description}</Descriptions.Item>
              ) : null}
              <Descriptions.Item label="协议">
                <AgreementButton fair={data} />
              </Descriptions.Item>
            </Descriptions>
            <HallHint fair={data} />
            <FairActions fair={data} onRegister={() => props.onRegister(data)} />
          </Space>
        )}
      </QueryState>
    </Drawer>
  );
}

/** Why 求职者大厅 is not offered yet. */
function HallHint({ fair }: { fair: EmployerVideoFair }) {
  const state = fair.myRegistration?.state;
  if (state === 'approved') return null;
  const why =
    state === 'pending'
      ? '报名审核通过后可进入求职者大厅邀请学生面试（学校将在三个工作日内审核）。'
      : state === 'awaiting_payment'
        ? '报名尚未支付，请在“我的报名”中完成支付。'
        : fair.phase === 'registration_open'
          ? '报名并通过审核后，可进入求职者大厅邀请学生面试。'
          : '报名已截止，本单位未报名该视频双选会。';
  return <Alert type="info" showIcon title={why} />;
}

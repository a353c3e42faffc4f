import {
  CancelVideoFairInput,
  type UniversityVideoFairDetail,
  VIDEO_FAIR_MODE_LABELS,
} from '@openrecruit/shared';
import {
  App,
  Button,
  Descriptions,
  Drawer,
  Form,
  Input,
  Modal,
  Space,
  Table,
  type TableColumnsType,
  Tag,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../components/console/QueryState';
import { applyFieldErrors, messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { schemaRule } from '../../lib/schema-rules';
import {
  useCancelVideoFair,
  useUniversityVideoFair,
  useUniversityVideoFairs,
  VIDEO_FAIRS_PAGE_SIZE,
} from './api';
import { VideoFairFormDrawer } from './VideoFairFormDrawer';
import { feeText, modesText, PHASES, REGISTRATION_STATES, timeRange } from './video-fair-labels';
import './video-fairs.css';

type Item = NonNullable<ReturnType<typeof useUniversityVideoFairs>['data']>['items'][number];
type Editing = { fairId?: string } | null;

/** 视频双选会 (issue 13 §2): the university's online fairs, their 报名 and 面试间情况. */
export function UniversityVideoFairsPage() {
  const [page, setPage] = useState(1);
  const fairs = useUniversityVideoFairs(page);
  const [detailId, setDetailId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [cancelling, setCancelling] = useState<Item | null>(null);

  useEffect(() => {
    document.title = '视频双选会 - 开放招聘';
  }, []);

  const columns: TableColumnsType<Item> = [
    {
      title: '双选会名称',
      key: 'title',
      width: 220,
      render: (_, fair) => (
        <Button type="link" className="video-fairs__title-link" onClick={() => setDetailId(fair.id)}>
          {fair.title}
        </Button>
      ),
    },
    {
      title: '举办时间',
      key: 'time',
      width: 190,
      render: (_, fair) => timeRange(fair.startsAt, fair.endsAt),
    },
    { title: '面试时长', key: 'slot', width: 90, render: (_, fair) => `${fair.slotMinutes}分钟` },
    { title: '报名费', key: 'fee', width: 90, render: (_, fair) => feeText(fair.feePoints) },
    {
      title: '单位（已报名/名额）',
      key: 'companies',
      width: 150,
      render: (_, fair) => (
        <Space direction="vertical" size={0}>
          <span>
            {fair.registeredCount}/{fair.capacity}
          </span>
          <span className="video-fairs__secondary">
            已通过 {fair.counts.approved} · 待审核 {fair.counts.pending}
          </span>
        </Space>
      ),
    },
    { title: '学生报名', key: 'students', width: 90, render: (_, fair) => `${fair.counts.students}人` },
    {
      title: '面试',
      key: 'interviews',
      width: 120,
      render: (_, fair) => (
        <Space direction="vertical" size={0}>
          <span>已面试 {fair.counts.interviewed}</span>
          <span className="video-fairs__secondary">排队中 {fair.counts.queued}</span>
        </Space>
      ),
    },
    {
      title: '状态',
      key: 'phase',
      width: 80,
      render: (_, fair) => <Tag color={PHASES[fair.phase].color}>{PHASES[fair.phase].label}</Tag>,
    },
    {
      title: '操作',
      key: 'actions',
      width: 230,
      render: (_, fair) => (
        <Space size={0} wrap>
          <Button
            type="link"
            onClick={() => setDetailId(fair.id)}
            aria-label={`查看面试间情况：${fair.title}`}
          >
            查看面试间情况
          </Button>
          {fair.state === 'published' && fair.phase !== 'ended' ? (
            <>
              <Button
                type="link"
                onClick={() => setEditing({ fairId: fair.id })}
                aria-label={`编辑：${fair.title}`}
              >
                编辑
              </Button>
              <Button
                type="link"
                danger
                onClick={() => setCancelling(fair)}
                aria-label={`取消：${fair.title}`}
              >
                取消
              </Button>
            </>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <div className="console-card">
      <div className="video-fairs__toolbar">
        <h1 className="console-page-title">视频双选会</h1>
        <Space>
          <Link to="/university/video-fair-registrations">报名审核</Link>
          <Button type="primary" onClick={() => setEditing({})}>
            新建视频双选会
          </Button>
        </Space>
      </div>
      <Table<Item>
        rowKey="id"
        columns={columns}
        dataSource={fairs.data?.items ?? []}
        loading={fairs.isPending}
        scroll={{ x: 1200 }}
        locale={{
          emptyText: fairs.isError ? messageOf(fairs.error) : '暂无视频双选会，点击“新建视频双选会”发布',
        }}
        pagination={{
          current: page,
          pageSize: VIDEO_FAIRS_PAGE_SIZE,
          total: fairs.data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: setPage,
        }}
      />
      {detailId ? <VideoFairDetailDrawer fairId={detailId} onClose={() => setDetailId(null)} /> : null}
      {editing ? <EditFair fairId={editing.fairId} onClose={() => setEditing(null)} /> : null}
      {cancelling ? <CancelFairModal fair={cancelling} onClose={() => setCancelling(null)} /> : null}
    </div>
  );
}

/** The form, once the fair to edit is loaded (新建: at once). */
function EditFair({ fairId, onClose }: { fairId?: string; onClose: () => void }) {
  const fair = useUniversityVideoFair(fairId);
  if (!fairId) return <VideoFairFormDrawer onClose={onClose} />;
  if (!fair.data) return null;
  return <VideoFairFormDrawer fair={fair.data} onClose={onClose} />;
}

/** 取消: the reason goes to the companies and the students; every paid fee is refunded. */
function CancelFairModal({ fair, onClose }: { fair: Item; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const cancel = useCancelVideoFair();
  const submit = (values: { reason: string }) =>
    cancel.mutate(
      { fairId: fair.id, input: values },
      {
        onSuccess: () => {
          message.success('视频双选会已取消，已支付的报名费已退回');
          onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, ['reason'])) message.error(messageOf(error));
        },
      },
    );
  return (
    <Modal
      open
      title={`取消视频双选会：${fair.title}`}
      okText="确定取消"
      okButtonProps={{ danger: true, loading: cancel.isPending }}
      cancelText="不取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <p>
        取消后，已报名单位的报名费将全额退回（快点退回余额，微信支付原路退回），单位和已报名的学生将收到通知。
      </p>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label="取消原因" rules={[schemaRule(CancelVideoFairInput, 'reason')]}>
          <Input.TextArea rows={3} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function VideoFairDetailDrawer({ fairId, onClose }: { fairId: string; onClose: () => void }) {
  const fair = useUniversityVideoFair(fairId);
  return (
    <Drawer open width={1000} title={fair.data?.title ?? '视频双选会详情'} onClose={onClose} destroyOnHidden>
      <QueryState query={fair} loading="spin">
        {(data) => <VideoFairDetail fair={data} />}
      </QueryState>
    </Drawer>
  );
}

type Company = UniversityVideoFairDetail['companies'][number];

function VideoFairDetail({ fair }: { fair: UniversityVideoFairDetail }) {
  const columns: TableColumnsType<Company> = [
    { title: '单位名称', key: 'company', width: 220, render: (_, row) => row.company.name },
    { title: '面试方式', key: 'mode', width: 90, render: (_, row) => VIDEO_FAIR_MODE_LABELS[row.mode] },
    {
      title: '报名状态',
      key: 'state',
      width: 90,
      render: (_, row) => (
        <Tag color={REGISTRATION_STATES[row.state].color}>{REGISTRATION_STATES[row.state].label}</Tag>
      ),
    },
    {
      title: '面试间（面试官 · 排队中 / 面试中 / 已面试）',
      key: 'rooms',
      render: (_, row) => (
        <ul className="video-fairs__rooms">
          {row.rooms.map((room) => (
            <li key={room.room}>
              面试间{room.room}（{room.interviewerName}）：排队中 {room.queued} · 面试中 {room.inProgress} ·
              已面试 {room.completed}
            </li>
          ))}
        </ul>
      ),
    },
  ];
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Descriptions column={2} size="small" bordered>
        <Descriptions.Item label="举办时间">{timeRange(fair.startsAt, fair.endsAt)}</Descriptions.Item>
        <Descriptions.Item label="状态">
          <Tag color={PHASES[fair.phase].color}>{PHASES[fair.phase].label}</Tag>
          {fair.cancelReason ? `（${fair.cancelReason}）` : null}
        </Descriptions.Item>
        <Descriptions.Item label="面试时长">{fair.slotMinutes}分钟</Descriptions.Item>
        <Descriptions.Item label="报名截止">{formatDateTime(fair.registrationDeadline)}</Descriptions.Item>
        <Descriptions.Item label="报名费">{feeText(fair.feePoints)}</Descriptions.Item>
        <Descriptions.Item label="面试方式">{modesText(fair)}</Descriptions.Item>
        <Descriptions.Item label="单位">
          已报名 {fair.registeredCount}/{fair.capacity} · 已通过 {fair.counts.approved} · 待审核{' '}
          {fair.counts.pending}
        </Descriptions.Item>
        <Descriptions.Item label="学生">
          已报名 {fair.counts.students}人 · 已面试 {fair.counts.interviewed} · 排队中 {fair.counts.queued}
        </Descriptions.Item>
      </Descriptions>
      <div>
        <h2 className="video-fairs__section-title">面试间情况</h2>
        <Table<Company>
          rowKey="registrationId"
          size="small"
          columns={columns}
          dataSource={fair.companies}
          pagination={false}
          locale={{ emptyText: '暂无已报名的单位' }}
        />
      </div>
    </Space>
  );
}

import {
  type OpsOrder,
  ORDER_STATE_LABELS,
  ORDER_STATES,
  type OrderState,
  REFUND_STATUS_LABELS,
  RefundOrderInput,
  type RefundStatus,
} from '@openrecruit/shared';
import {
  App,
  Button,
  Empty,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { FilterButtons } from '../../components/console/FilterButtons';
import { applyFieldErrors, messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { schemaRule } from '../../lib/schema-rules';
import { formatYuan, type OpsOrderFilter, useOpsOrders, useRefundOrder } from './api';

const STATE_COLORS: Record<OrderState, string> = {
  created: 'processing',
  paid: 'success',
  closed: 'default',
  refunded: 'warning',
};

const REFUND_COLORS: Record<RefundStatus, string> = {
  processing: 'processing',
  success: 'success',
  abnormal: 'error',
  closed: 'default',
};

/** What a person does about a refund that did not go through (WeChat Pay's 退款异常 / 退款关闭). */
const REFUND_HELP: Partial<Record<RefundStatus, string>> = {
  processing: '支付服务正在处理退款，完成后自动更新',
  abnormal: '退款异常：用户银行卡作废或冻结等，需在微信支付商户平台发起异常退款',
  closed: '退款关闭：请在微信支付商户平台查看原因，需要时重新发起退款',
};

/** The provider's word on a refund: a tag, with what to do about it when a person must act. */
function RefundStatusTag({ order }: { order: OpsOrder }) {
  if (!order.refundStatus) return null;
  const help =
    order.refundStatus === 'success' && order.refundSettledAt
      ? `退款到账：${formatDateTime(order.refundSettledAt)}`
      : REFUND_HELP[order.refundStatus];
  const tag = (
    <Tag color={REFUND_COLORS[order.refundStatus]} tabIndex={0}>
      {REFUND_STATUS_LABELS[order.refundStatus]}
    </Tag>
  );
  return help ? <Tooltip title={help}>{tag}</Tooltip> : tag;
}

/** 订单管理 (/ops, issue 12 §2): every company's recharge orders, with 退款 of a paid one. */
export function OpsOrdersPage() {
  const [form] = Form.useForm<{ q?: string; state?: OrderState }>();
  const [filter, setFilter] = useState<OpsOrderFilter>({ page: 1 });
  const orders = useOpsOrders(filter);
  const [refunding, setRefunding] = useState<OpsOrder>();

  useEffect(() => {
    document.title = '订单管理 - 开放招聘';
  }, []);

  const columns: TableColumnsType<OpsOrder> = [
    { title: '订单号', dataIndex: 'outTradeNo', key: 'outTradeNo' },
    { title: '单位名称', dataIndex: 'companyName', key: 'companyName' },
    { title: '快点', dataIndex: 'points', key: 'points' },
    { title: '金额', key: 'amount', render: (_, row) => formatYuan(row.amountFen) },
    {
      title: '状态',
      key: 'state',
      render: (_, row) => (
        <Space direction="vertical" size={0}>
          {/* A refunded order shows the provider's word on the refund (退款中 … 退款关闭) in its place. */}
          {row.state === 'refunded' && row.refundStatus ? (
            <RefundStatusTag order={row} />
          ) : (
            <Tag color={STATE_COLORS[row.state]}>{ORDER_STATE_LABELS[row.state]}</Tag>
          )}
          {row.refundStatus === 'abnormal' ? (
            <Typography.Text type="danger">需在微信支付商户平台处理</Typography.Text>
          ) : null}
          {row.state === 'closed' && row.paidAt ? (
            <Typography.Text type="danger">关闭后到账，待退款</Typography.Text>
          ) : null}
          {row.refundReason ? (
            <Typography.Text type="secondary">原因：{row.refundReason}</Typography.Text>
          ) : null}
        </Space>
      ),
    },
    { title: '下单人', dataIndex: 'operatorName', key: 'operatorName' },
    { title: '下单时间', key: 'createdAt', render: (_, row) => formatDateTime(row.createdAt) },
    { title: '支付时间', key: 'paidAt', render: (_, row) => formatDateTime(row.paidAt) },
    {
      title: '操作',
      key: 'actions',
      render: (_, row) =>
        row.state === 'paid' || (row.state === 'closed' && row.paidAt) ? (
          <Button type="link" onClick={() => setRefunding(row)}>
            退款
          </Button>
        ) : null,
    },
  ];

  return (
    <div className="console-card">
      <h1 className="console-page-title">订单管理</h1>
      <Form
        form={form}
        layout="inline"
        style={{ margin: '16px 0' }}
        onFinish={(values) => setFilter({ q: values.q?.trim() || undefined, state: values.state, page: 1 })}
      >
        <Form.Item name="q" label="搜索">
          <Input allowClear placeholder="订单号或单位名称" style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="state" label="订单状态">
          <Select
            allowClear
            placeholder="全部"
            style={{ width: 140 }}
            options={ORDER_STATES.map((value) => ({ value, label: ORDER_STATE_LABELS[value] }))}
          />
        </Form.Item>
        <FilterButtons onReset={() => setFilter({ page: 1 })} />
      </Form>
      <Table<OpsOrder>
        rowKey="id"
        columns={columns}
        dataSource={orders.data?.items}
        loading={orders.isFetching}
        locale={{ emptyText: orders.isError ? messageOf(orders.error) : <Empty description="暂无订单" /> }}
        pagination={{
          current: filter.page,
          pageSize: orders.data?.pageSize ?? 20,
          total: orders.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共${total}条`,
          onChange: (page) => setFilter({ ...filter, page }),
        }}
      />
      {refunding ? <RefundModal order={refunding} onClose={() => setRefunding(undefined)} /> : null}
    </div>
  );
}

function RefundModal({ order, onClose }: { order: OpsOrder; onClose: () => void }) {
  const [form] = Form.useForm<RefundOrderInput>();
  const { message } = App.useApp();
  const refund = useRefundOrder();
  const submit = (values: RefundOrderInput) =>
    refund.mutate(
      { id: order.id, reason: values.reason },
      {
        onSuccess: (refunded) => {
          message.success(
            refunded.refundStatus === 'processing' ? '已提交退款，支付服务处理完成后自动更新' : '已退款',
          );
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
      title="退款"
      okText="确认退款"
      okButtonProps={{ danger: true, loading: refund.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph>
        订单 {order.outTradeNo}（{order.companyName}）：退回 {formatYuan(order.amountFen)}
        {order.state === 'paid' ? `，并扣回 ${order.points}快点。` : '（关闭后到账，快点未入账）。'}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label="退款原因" rules={[schemaRule(RefundOrderInput, 'reason')]}>
          <Input.TextArea rows={3} maxLength={80} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

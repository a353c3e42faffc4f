import type { ReconciliationReport } from '@openrecruit/shared';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Form,
  Space,
  Statistic,
  Table,
  type TableColumnsType,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { messageOf } from '../../lib/api';
import { formatDateTime, shanghaiNow } from '../../lib/format';
import { formatYuan, useReconcile } from './api';

type Mismatch = ReconciliationReport['mismatches'][number];

const KINDS: Record<Mismatch['kind'], string> = {
  paid_not_credited: '已支付未入账',
  credited_not_paid: '已入账未支付',
  amount_mismatch: '金额不一致',
  refund_mismatch: '退款不一致',
};
const money = (fen: number | null) => (fen === null ? '—' : formatYuan(fen));

/**
 * 对账 (/ops, issue 12 §3): an operator picks a day; the server downloads the payment provider's
 * trade bill and matches it with the orders and the 快点 ledger. A payment not yet credited is
 * checked with the provider and credited (已补入账); the rest are listed for the operator.
 */
export function OpsReconciliationPage() {
  const { message } = App.useApp();
  const reconcile = useReconcile();
  const report = reconcile.data;
  const columns: TableColumnsType<Mismatch> = [
    { title: '差异类型', key: 'kind', render: (_, row) => <Tag color="error">{KINDS[row.kind]}</Tag> },
    { title: '订单号', dataIndex: 'outTradeNo', key: 'outTradeNo' },
    { title: '单位', key: 'company', render: (_, row) => row.companyName ?? '（未知订单）' },
    { title: '账单金额', key: 'bill', render: (_, row) => money(row.billFen) },
    { title: '平台金额', key: 'order', render: (_, row) => money(row.orderFen) },
    {
      title: '处理结果',
      key: 'resolution',
      render: (_, row) =>
        row.resolution === 'credited_now' ? (
          <Tag color="success">已查询确认并补入账</Tag>
        ) : (
          <Tag>待人工核查</Tag>
        ),
    },
  ];
  return (
    <>
      <h1 className="console-page-title">对账</h1>
      <Form<{ day: Dayjs }>
        layout="inline"
        initialValues={{ day: shanghaiNow().subtract(1, 'day') }}
        onFinish={({ day }) =>
          reconcile.mutate(day.format('YYYY-MM-DD'), { onError: (error) => message.error(messageOf(error)) })
        }
        style={{ marginBottom: 16 }}
      >
        <Form.Item name="day" label="账单日期" rules={[{ required: true, message: '请选择账单日期' }]}>
          <DatePicker disabledDate={(value) => value.isAfter(shanghaiNow(), 'day')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={reconcile.isPending}>
          开始对账
        </Button>
      </Form>
      {report ? (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Space size={48}>
            <Statistic title="账单笔数" value={report.billRows} />
            <Statistic title="核对一致" value={report.matched} />
            <Statistic title="差异" value={report.mismatches.length} />
          </Space>
          <Alert
            type={report.mismatches.length === 0 ? 'success' : 'warning'}
            showIcon
            title={`${report.date} 的账单（${report.provider === 'sandbox' ? '沙箱' : '微信支付'}）于 ${formatDateTime(report.checkedAt)} 核对${
              report.mismatches.length === 0 ? '，三方一致' : `，发现 ${report.mismatches.length} 项差异`
            }`}
          />
          <Table<Mismatch>
            rowKey={(row) => `${row.kind}:${row.outTradeNo}`}
            columns={columns}
            dataSource={report.mismatches}
            pagination={false}
            locale={{ emptyText: '没有差异' }}
          />
        </Space>
      ) : null}
    </>
  );
}

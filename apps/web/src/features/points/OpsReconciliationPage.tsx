import {
  MISMATCH_KIND_LABELS,
  MISMATCH_RESOLUTION_LABELS,
  PAYMENT_PROVIDER_LABELS,
  type ReconciliationReport,
  type ReconciliationRun,
} from '@openrecruit/shared';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Form,
  Space,
  Spin,
  Statistic,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { messageOf } from '../../lib/api';
import { formatDateTime, shanghaiNow } from '../../lib/format';
import {
  downloadReconciliationReport,
  formatYuan,
  RECONCILIATION_PAGE_SIZE,
  useReconcile,
  useReconciliationReport,
  useReconciliationRuns,
} from './api';

type Mismatch = ReconciliationReport['mismatches'][number];

const money = (fen: number | null) => (fen === null ? '—' : formatYuan(fen));
const providerLabel = (provider: string) => PAYMENT_PROVIDER_LABELS[provider] ?? provider;

/**
 * 对账 (/ops, issue 12 §3): an operator picks a day; the server downloads the payment provider's
 * trade bill and matches it with the orders and the 快点 ledger. A payment not yet credited is
 * checked with the provider and credited (已补入账); the rest are listed for the operator. Every run
 * is kept: 对账记录 lists them (the daily job's as 系统), 查看 shows one here, 导出Excel saves it.
 */
export function OpsReconciliationPage() {
  const { message } = App.useApp();
  const reconcile = useReconcile();
  const [page, setPage] = useState(1);
  const runs = useReconciliationRuns(page);
  /** The stored run 查看 opened; none: the run just made. */
  const [viewedId, setViewedId] = useState<string>();
  const viewed = useReconciliationReport(viewedId);
  const [exportingId, setExportingId] = useState<string>();
  const report = viewedId ? viewed.data : reconcile.data;

  const exportRun = async (run: ReconciliationRun) => {
    setExportingId(run.id);
    try {
      await downloadReconciliationReport(run);
    } catch (error) {
      message.error(messageOf(error));
    } finally {
      setExportingId(undefined);
    }
  };
  const columns: TableColumnsType<Mismatch> = [
    {
      title: '差异类型',
      key: 'kind',
      render: (_, row) => <Tag color="error">{MISMATCH_KIND_LABELS[row.kind]}</Tag>,
    },
    { title: '订单号', dataIndex: 'outTradeNo', key: 'outTradeNo' },
    { title: '单位', key: 'company', render: (_, row) => row.companyName ?? '（未知订单）' },
    { title: '账单金额', key: 'bill', render: (_, row) => money(row.billFen) },
    { title: '平台金额', key: 'order', render: (_, row) => money(row.orderFen) },
    {
      title: '处理结果',
      key: 'resolution',
      render: (_, row) => (
        <Tag color={row.resolution === 'credited_now' ? 'success' : undefined}>
          {MISMATCH_RESOLUTION_LABELS[row.resolution]}
        </Tag>
      ),
    },
  ];
  const runColumns: TableColumnsType<ReconciliationRun> = [
    { title: '账单日期', dataIndex: 'billDate', key: 'billDate' },
    { title: '支付渠道', key: 'provider', render: (_, run) => providerLabel(run.provider) },
    { title: '账单笔数', dataIndex: 'billRows', key: 'billRows' },
    { title: '已核对', dataIndex: 'matched', key: 'matched' },
    {
      title: '差异笔数',
      key: 'mismatchCount',
      render: (_, run) => (run.mismatchCount === 0 ? '0' : <Tag color="warning">{run.mismatchCount}</Tag>),
    },
    { title: '对账人', dataIndex: 'runByName', key: 'runByName' },
    { title: '对账时间', key: 'createdAt', render: (_, run) => formatDateTime(run.createdAt) },
    {
      title: '操作',
      key: 'actions',
      render: (_, run) => (
        <Space size={0}>
          <Button type="link" onClick={() => setViewedId(run.id)} aria-label={`查看 ${run.billDate} 的对账`}>
            查看
          </Button>
          <Button
            type="link"
            loading={exportingId === run.id}
            onClick={() => exportRun(run)}
            aria-label={`导出 ${run.billDate} 的对账Excel`}
          >
            导出Excel
          </Button>
        </Space>
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
          reconcile.mutate(day.format('YYYY-MM-DD'), {
            onSuccess: () => {
              setViewedId(undefined);
              setPage(1);
            },
            onError: (error) => message.error(messageOf(error)),
          })
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
      {viewedId && viewed.isPending ? <Spin /> : null}
      {viewedId && viewed.isError ? <Alert type="error" showIcon title={messageOf(viewed.error)} /> : null}
      {report ? (
        <Space direction="vertical" size="large" style={{ width: '100%', marginBottom: 24 }}>
          <Space size={48}>
            <Statistic title="账单笔数" value={report.billRows} />
            <Statistic title="核对一致" value={report.matched} />
            <Statistic title="差异" value={report.mismatches.length} />
          </Space>
          <Alert
            type={report.mismatches.length === 0 ? 'success' : 'warning'}
            showIcon
            title={`${report.date} 的账单（${providerLabel(report.provider)}）于 ${formatDateTime(report.checkedAt)} 核对${
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
      <Typography.Title level={5}>对账记录</Typography.Title>
      <Table<ReconciliationRun>
        rowKey="id"
        columns={runColumns}
        dataSource={runs.data?.items}
        loading={runs.isFetching}
        rowClassName={(run) => (run.id === (viewedId ?? reconcile.data?.id) ? 'ant-table-row-selected' : '')}
        locale={{ emptyText: runs.isError ? messageOf(runs.error) : '暂无对账记录' }}
        pagination={{
          current: page,
          pageSize: RECONCILIATION_PAGE_SIZE,
          total: runs.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共${total}条`,
          onChange: setPage,
        }}
      />
    </>
  );
}

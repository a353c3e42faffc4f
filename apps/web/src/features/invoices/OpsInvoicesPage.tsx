import {
  formatYuan,
  INVOICE_KIND_LABELS,
  INVOICE_STATE_LABELS,
  INVOICE_STATES,
  type InvoiceState,
  type OpsInvoice,
} from '@openrecruit/shared';
import {
  App,
  Button,
  Empty,
  Form,
  Input,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { messageOf } from '../../lib/api';
import { formatDate, formatTime } from '../../lib/format';
import { ReviewQueuePage } from '../reviews/ReviewQueuePage';
import { OPS_INVOICE_PAGE_SIZE, type OpsInvoiceFilter, useOpsInvoices, useResendInvoice } from './api';
import { InvoiceReversalModal } from './InvoiceReversalModal';
import { InvoiceStateTag } from './InvoiceStateTag';
import './invoices.css';
import { FilterButtons } from '../../components/console/FilterButtons';
import { InvoiceDownloadButton } from './InvoiceDownloadButton';

const NOWRAP = 'invoices-page__nowrap';
/** A reason in the narrow 状态 column: one line, the whole text on hover (antd's own rule beats a class). */
const REASON_STYLE = { display: 'block', maxWidth: 112 } as const;

/** The date over the time, so the narrow time columns never break inside a date. */
function DateTime({ iso }: { iso: string }) {
  return (
    <>
      <div>{formatDate(iso)}</div>
      <div>{formatTime(iso)}</div>
    </>
  );
}

/**
 * 发票管理 (/ops, issue 12 §4): 开票审核 is the review queue of kind `invoice` (通过 = 开票 with the
 * number and PDF); 发票记录 lists every invoice with 重新发送, 红冲 and the downloads.
 */
export function OpsInvoicesPage() {
  useEffect(() => {
    document.title = '发票管理 - 开放招聘';
  }, []);

  return (
    <div className="console-card">
      <h1 className="console-page-title">发票管理</h1>
      <Tabs
        destroyOnHidden
        items={[
          {
            key: 'requests',
            label: '开票审核',
            children: <ReviewQueuePage kind="invoice" title="开票审核" embedded />,
          },
          { key: 'records', label: '发票记录', children: <InvoiceRecords /> },
        ]}
      />
    </div>
  );
}

function InvoiceRecords() {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ keyword?: string; state?: InvoiceState }>();
  const [filter, setFilter] = useState<OpsInvoiceFilter>({ page: 1 });
  const invoices = useOpsInvoices(filter);
  const resend = useResendInvoice();
  const [reversing, setReversing] = useState<OpsInvoice>();

  const resendTo = (invoice: OpsInvoice) =>
    resend.mutate(invoice.id, {
      onSuccess: (sent) => message.success(`已重新发送至 ${sent.emailMasked}`),
      onError: (error) => message.error(messageOf(error)),
    });

  const columns: TableColumnsType<OpsInvoice> = [
    { title: '单位名称', dataIndex: 'companyName', key: 'companyName', width: 150 },
    {
      title: '发票类型',
      key: 'kind',
      width: 84,
      className: NOWRAP,
      render: (_, row) => INVOICE_KIND_LABELS[row.kind],
    },
    {
      title: '金额',
      key: 'amount',
      width: 90,
      className: NOWRAP,
      align: 'right',
      render: (_, row) => formatYuan(row.amountFen),
    },
    {
      title: '状态',
      key: 'state',
      width: 130,
      render: (_, row) => (
        <Space orientation="vertical" size={2}>
          <InvoiceStateTag state={row.state} />
          {row.sendError ? <Typography.Text type="danger">发送失败：{row.sendError}</Typography.Text> : null}
          {row.state === 'rejected' && row.rejectReason ? (
            <Typography.Text type="secondary" style={REASON_STYLE} ellipsis={{ tooltip: row.rejectReason }}>
              驳回原因：{row.rejectReason}
            </Typography.Text>
          ) : null}
          {(row.state === 'reversal_pending' || row.state === 'reversed') && row.reversalReason ? (
            <Typography.Text type="secondary" style={REASON_STYLE} ellipsis={{ tooltip: row.reversalReason }}>
              红冲原因：{row.reversalReason}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: '发票号码',
      key: 'invoiceNo',
      width: 176,
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <span>{row.invoiceNo ?? '—'}</span>
          {row.redInvoiceNo ? (
            <Typography.Text type="secondary">
              红字发票
              <br />
              {row.redInvoiceNo}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: '接收邮箱',
      dataIndex: 'emailMasked',
      key: 'email',
      width: 160,
      className: 'ops-invoices__email',
    },
    { title: '申请时间', key: 'createdAt', width: 90, render: (_, row) => <DateTime iso={row.createdAt} /> },
    {
      title: '开票时间',
      key: 'issuedAt',
      width: 90,
      render: (_, row) => (row.issuedAt ? <DateTime iso={row.issuedAt} /> : '—'),
    },
    {
      title: '操作',
      key: 'actions',
      width: 120,
      fixed: 'right',
      render: (_, row) => (
        <Space orientation="vertical" size={0} align="start">
          <InvoiceDownloadButton area="ops" invoice={row} which="invoice" />
          {row.state === 'issued' || row.state === 'sent' ? (
            <Button
              type="link"
              size="small"
              loading={resend.isPending && resend.variables === row.id}
              onClick={() => resendTo(row)}
            >
              重新发送
            </Button>
          ) : null}
          {row.state === 'reversal_pending' ? (
            <Button type="link" size="small" danger onClick={() => setReversing(row)}>
              红冲
            </Button>
          ) : null}
          <InvoiceDownloadButton area="ops" invoice={row} which="red" />
        </Space>
      ),
    },
  ];

  return (
    <>
      <Form
        form={form}
        layout="inline"
        className="ops-invoices__filters"
        onFinish={(values) =>
          setFilter({ keyword: values.keyword?.trim() || undefined, state: values.state, page: 1 })
        }
      >
        <Form.Item name="keyword" label="搜索">
          <Input allowClear placeholder="单位名称、发票号码或订单号" style={{ width: 260 }} />
        </Form.Item>
        <Form.Item name="state" label="发票状态">
          <Select
            allowClear
            placeholder="全部"
            style={{ width: 140 }}
            options={INVOICE_STATES.map((value) => ({ value, label: INVOICE_STATE_LABELS[value] }))}
          />
        </Form.Item>
        <FilterButtons onReset={() => setFilter({ page: 1 })} />
      </Form>
      <Table<OpsInvoice>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={invoices.data?.items}
        loading={invoices.isFetching}
        scroll={{ x: 1100 }}
        locale={{
          emptyText: invoices.isError ? (
            messageOf(invoices.error)
          ) : (
            <Empty description={filter.keyword || filter.state ? '没有符合条件的发票' : '暂无发票'} />
          ),
        }}
        pagination={{
          current: filter.page,
          pageSize: OPS_INVOICE_PAGE_SIZE,
          total: invoices.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共${total}条`,
          onChange: (page) => setFilter({ ...filter, page }),
        }}
      />
      {reversing ? (
        <InvoiceReversalModal invoice={reversing} onClose={() => setReversing(undefined)} />
      ) : null}
    </>
  );
}

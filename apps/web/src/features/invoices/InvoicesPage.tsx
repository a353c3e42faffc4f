import {
  type EmployerInvoice,
  formatYuan,
  INVOICE_KIND_LABELS,
  type InvoiceableOrder,
} from '@openrecruit/shared';
import { Alert, Button, Empty, Space, Table, type TableColumnsType, Tooltip, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { INVOICE_PAGE_SIZE, useCompanyInvoices, useInvoiceOptions } from './api';
import { InvoiceRequestModal } from './InvoiceRequestModal';
import { InvoiceStateTag } from './InvoiceStateTag';
import './invoices.css';
import { InvoiceDownloadButton } from './InvoiceDownloadButton';

/** Short cells that read badly broken over two lines (dates, 数电普票, amounts). */
const NOWRAP = 'invoices-page__nowrap';

const orderColumns: TableColumnsType<InvoiceableOrder> = [
  { title: '订单号', dataIndex: 'outTradeNo', key: 'outTradeNo' },
  { title: '订单内容', dataIndex: 'description', key: 'description' },
  { title: '支付金额', key: 'amount', align: 'right', render: (_, row) => formatYuan(row.amountFen) },
  { title: '支付时间', key: 'paidAt', render: (_, row) => formatDateTime(row.paidAt) },
];

/** 订单 of an invoice: the count, the order numbers on hover or focus. */
function InvoiceOrders({ invoice }: { invoice: EmployerInvoice }) {
  return (
    <Tooltip
      trigger={['hover', 'focus']}
      title={invoice.orders.map((order) => (
        <div key={order.id}>
          {order.outTradeNo}（{formatYuan(order.amountFen)}）
        </div>
      ))}
    >
      <Typography.Link
        tabIndex={0}
        aria-label={`${invoice.orders.length}笔订单：${invoice.orders.map((order) => order.outTradeNo).join('、')}`}
      >
        {invoice.orders.length}笔
      </Typography.Link>
    </Tooltip>
  );
}

/** The state, with why: 驳回原因 or the refund that asks for 红冲. */
function InvoiceStateCell({ invoice }: { invoice: EmployerInvoice }) {
  return (
    <Space orientation="vertical" size={2} className="invoices-page__state">
      <InvoiceStateTag state={invoice.state} />
      {invoice.state === 'rejected' && invoice.rejectReason ? (
        <Typography.Text type="danger">驳回原因：{invoice.rejectReason}</Typography.Text>
      ) : null}
      {(invoice.state === 'reversal_pending' || invoice.state === 'reversed') && invoice.reversalReason ? (
        <Typography.Text type="secondary">红冲原因：{invoice.reversalReason}</Typography.Text>
      ) : null}
    </Space>
  );
}

/**
 * 道具商城 > 开具发票 (seed 002: 支付完成后在【道具商场>开具发票】页开具发票; issue 12 §4): the paid
 * recharges not invoiced yet, chosen and merged into one 数电普票 or 专票, and 开票记录 with the
 * PDFs to download.
 */
export function InvoicesPage() {
  const options = useInvoiceOptions();
  const [page, setPage] = useState(1);
  const invoices = useCompanyInvoices(page);
  const [selected, setSelected] = useState<string[]>([]);
  const [requesting, setRequesting] = useState(false);

  useEffect(() => {
    document.title = '开具发票 - 开放招聘';
  }, []);

  const orders = options.data?.orders ?? [];
  // An order invoiced meanwhile (another colleague, another tab) leaves the choice.
  const chosen = useMemo(() => orders.filter((order) => selected.includes(order.id)), [orders, selected]);
  const total = chosen.reduce((sum, order) => sum + order.amountFen, 0);

  const invoiceColumns: TableColumnsType<EmployerInvoice> = [
    {
      title: '申请时间',
      key: 'createdAt',
      className: NOWRAP,
      render: (_, row) => formatDateTime(row.createdAt),
    },
    { title: '发票类型', key: 'kind', className: NOWRAP, render: (_, row) => INVOICE_KIND_LABELS[row.kind] },
    {
      title: '开票金额',
      key: 'amount',
      align: 'right',
      className: NOWRAP,
      render: (_, row) => formatYuan(row.amountFen),
    },
    { title: '订单', key: 'orders', className: NOWRAP, render: (_, row) => <InvoiceOrders invoice={row} /> },
    { title: '接收邮箱', dataIndex: 'emailMasked', key: 'email', className: 'invoices-page__email' },
    { title: '状态', key: 'state', width: 220, render: (_, row) => <InvoiceStateCell invoice={row} /> },
    {
      title: '发票号码',
      key: 'invoiceNo',
      className: NOWRAP,
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <span>{row.invoiceNo ?? '—'}</span>
          {row.redInvoiceNo ? (
            <Typography.Text type="secondary">红字：{row.redInvoiceNo}</Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      className: NOWRAP,
      render: (_, row) => (
        <Space orientation="vertical" size={0} align="start">
          <InvoiceDownloadButton area="employer" invoice={row} which="invoice" />
          <InvoiceDownloadButton area="employer" invoice={row} which="red" />
        </Space>
      ),
    },
  ];

  return (
    <div className="console-card invoices-page">
      <h1 className="console-page-title">开具发票</h1>
      <Alert
        type="info"
        showIcon
        title="开票说明"
        description={
          <ul className="invoices-page__notes">
            <li>
              开具数电发票（数电普票或数电专票），开票金额为订单的实际支付金额，可多笔订单合并开具一张发票。
            </li>
            <li>
              提交申请后，运营人员一般在3个工作日内开具，并将发票PDF发送至接收邮箱，也可在下方开票记录中下载。
            </li>
            <li>订单退款后，已开具的发票将红冲作废。</li>
          </ul>
        }
      />

      <section aria-labelledby="invoiceable-orders" className="invoices-page__section">
        <h2 id="invoiceable-orders" className="invoices-page__heading">
          可开票订单
        </h2>
        <Table<InvoiceableOrder>
          rowKey="id"
          columns={orderColumns}
          dataSource={orders}
          loading={options.isPending}
          pagination={false}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys.map(String)),
            getTitleCheckboxProps: () => ({ 'aria-label': '全选可开票订单' }),
            getCheckboxProps: (row) => ({ 'aria-label': `选择订单${row.outTradeNo}` }),
          }}
          locale={{
            emptyText: options.isError ? (
              messageOf(options.error)
            ) : (
              <Empty
                description={
                  <span>
                    暂无可开票订单，充值后可在此申请开票。<Link to="/employer/mall">前往道具商城</Link>
                  </span>
                }
              />
            ),
          }}
        />
        {orders.length > 0 ? (
          <div className="invoices-page__summary" aria-live="polite">
            <span>
              已选 <strong>{chosen.length}</strong> 笔，合计{' '}
              <strong className="invoices-page__total">{formatYuan(total)}</strong>
            </span>
            <Button type="primary" disabled={chosen.length === 0} onClick={() => setRequesting(true)}>
              申请开票
            </Button>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="invoice-records" className="invoices-page__section">
        <h2 id="invoice-records" className="invoices-page__heading">
          开票记录
        </h2>
        <Table<EmployerInvoice>
          rowKey="id"
          size="middle"
          columns={invoiceColumns}
          dataSource={invoices.data?.items}
          loading={invoices.isPending}
          locale={{
            emptyText: invoices.isError ? (
              messageOf(invoices.error)
            ) : (
              <Empty description="暂无开票记录，勾选上方的可开票订单即可申请开票" />
            ),
          }}
          pagination={{
            current: page,
            pageSize: INVOICE_PAGE_SIZE,
            total: invoices.data?.total ?? 0,
            hideOnSinglePage: true,
            showSizeChanger: false,
            showTotal: (count) => `共${count}条`,
            onChange: setPage,
          }}
        />
      </section>

      {requesting && options.data ? (
        <InvoiceRequestModal
          options={options.data}
          orders={chosen}
          onClose={() => setRequesting(false)}
          onRequested={() => {
            setRequesting(false);
            setSelected([]);
            setPage(1);
          }}
        />
      ) : null}
    </div>
  );
}

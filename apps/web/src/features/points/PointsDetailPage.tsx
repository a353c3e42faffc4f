import type { ConsumptionRecord, RechargeRecord } from '@openrecruit/shared';
import {
  App,
  Button,
  DatePicker,
  Empty,
  Form,
  Space,
  Statistic,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { messageOf } from '../../lib/api';
import { formatDateTime, pickerValueToDay } from '../../lib/format';
import { useSession } from '../../lib/session';
import { downloadFile } from '../employer-applications/download';
import {
  formatYuan,
  STATEMENT_PAGE_SIZE,
  type StatementFilter,
  statementQuery,
  usePointsStatement,
  usePointsWallet,
} from './api';
import { RechargeButton } from './RechargeModal';
import './points.css';
import { FilterButtons } from '../../components/console/FilterButtons';

const TAB_TITLES = { recharge: '充值记录', consumption: '消费记录' } as const;

const rechargeColumns: TableColumnsType<RechargeRecord> = [
  { title: '订单号', dataIndex: 'outTradeNo', key: 'outTradeNo' },
  {
    title: '快点',
    key: 'points',
    render: (_, row) => (
      <Space>
        {`+${row.points}`}
        {row.state === 'refunded' ? <Tag>已退款</Tag> : null}
      </Space>
    ),
  },
  { title: '金额', key: 'amount', render: (_, row) => formatYuan(row.amountFen) },
  { title: '支付时间', key: 'paidAt', render: (_, row) => formatDateTime(row.paidAt) },
  { title: '操作人', dataIndex: 'operatorName', key: 'operatorName' },
];

const consumptionColumns: TableColumnsType<ConsumptionRecord> = [
  { title: '用途', dataIndex: 'purposeLabel', key: 'purpose' },
  { title: '快点', key: 'points', render: (_, row) => `-${row.points}` },
  { title: '余额', dataIndex: 'balanceAfter', key: 'balanceAfter' },
  { title: '时间', key: 'at', render: (_, row) => formatDateTime(row.at) },
  { title: '操作人', dataIndex: 'operatorName', key: 'operatorName' },
];

/** 快点明细 (seed 002 道具商城): 充值记录 and 消费记录 of the company, by date, with 导出Excel. */
export function PointsDetailPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const session = useSession('employer');
  const wallet = usePointsWallet();
  const [form] = Form.useForm<{ range?: [Dayjs, Dayjs] }>();
  const [filter, setFilter] = useState<StatementFilter>({ kind: 'recharge', page: 1 });
  const statement = usePointsStatement(filter);
  const [exporting, setExporting] = useState(false);
  const title = `${wallet.data?.companyName ?? ''} - ${TAB_TITLES[filter.kind]}`;

  useEffect(() => {
    document.title = '快点明细 - 开放招聘';
  }, []);

  const exportExcel = async () => {
    setExporting(true);
    try {
      await downloadFile(`/api/employer/points/statement/export${statementQuery(filter)}`, {
        fallbackName: `${TAB_TITLES[filter.kind]}.xlsx`,
      });
    } catch (error) {
      message.error(messageOf(error));
    } finally {
      setExporting(false);
    }
  };
  const data = statement.data;
  const pagination = {
    current: filter.page,
    pageSize: STATEMENT_PAGE_SIZE,
    total: data?.total ?? 0,
    showSizeChanger: false,
    showTotal: (total: number) => `共${total}条`,
    onChange: (page: number) => setFilter({ ...filter, page }),
  };
  const empty = statement.isError ? (
    messageOf(statement.error)
  ) : (
    <Empty description={`暂无${TAB_TITLES[filter.kind]}`} />
  );

  return (
    <div className="console-card">
      <div className="points-detail__header">
        <h1 className="console-page-title">{title}</h1>
        <Space split="|">
          <span>{session.data?.account.displayName}</span>
          <Button type="link" onClick={() => navigate('/employer/mall')}>
            关闭界面
          </Button>
        </Space>
      </div>
      <Space size="large" align="center" style={{ marginBottom: 16 }}>
        <Statistic
          title="快点余额"
          value={wallet.data?.balance ?? 0}
          suffix="快点"
          loading={wallet.isPending}
        />
        <RechargeButton />
      </Space>
      <Tabs
        activeKey={filter.kind}
        onChange={(kind) => setFilter({ ...filter, kind: kind as StatementFilter['kind'], page: 1 })}
        items={[
          { key: 'recharge', label: '充值记录' },
          { key: 'consumption', label: '消费记录' },
        ]}
      />
      <div className="points-detail__filters">
        <Form
          form={form}
          layout="inline"
          onFinish={(values) =>
            setFilter({
              ...filter,
              page: 1,
              from: values.range ? pickerValueToDay(values.range[0]) : undefined,
              to: values.range ? pickerValueToDay(values.range[1]) : undefined,
            })
          }
        >
          <Form.Item name="range" label={filter.kind === 'recharge' ? '支付时间' : '时间'}>
            <DatePicker.RangePicker />
          </Form.Item>
          <FilterButtons onReset={() => setFilter({ kind: filter.kind, page: 1 })}>
            <Button loading={exporting} onClick={exportExcel}>
              导出Excel
            </Button>
          </FilterButtons>
        </Form>
      </div>
      {filter.kind === 'recharge' ? (
        <Table<RechargeRecord>
          rowKey="id"
          columns={rechargeColumns}
          dataSource={data?.kind === 'recharge' ? data.items : []}
          loading={statement.isFetching}
          locale={{ emptyText: empty }}
          pagination={pagination}
        />
      ) : (
        <Table<ConsumptionRecord>
          rowKey="id"
          columns={consumptionColumns}
          dataSource={data?.kind === 'consumption' ? data.items : []}
          loading={statement.isFetching}
          locale={{ emptyText: empty }}
          pagination={pagination}
        />
      )}
    </div>
  );
}

import {
  COMPANY_RIGHTS,
  type CompanyRight,
  type CompanyRightBalance,
  type RightUsage,
} from '@openrecruit/shared';
import type { TableColumnsType } from 'antd';
import {
  Alert,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Row,
  Select,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../../lib/api';
import { formatDateTime, pickerValueToDay } from '../../lib/format';
import { MembershipSection } from '../membership/MembershipSection';
import { useMyRights, useRightUsage } from './api';
import './mall.css';
import { FilterButtons } from '../../components/console/FilterButtons';

/** 我的权益 (seed 002 四、五; also 右上角头像>我的资产): the rights by kind, and 使用记录. */
export function RightsPage() {
  useEffect(() => {
    document.title = '我的权益 - 开放招聘';
  }, []);
  return (
    <div className="console-card mall">
      <h1 className="console-page-title">我的权益</h1>
      <Tabs
        destroyInactiveTabPane
        items={[
          { key: 'rights', label: '我的权益', children: <RightsPanel /> },
          { key: 'usage', label: '使用记录', children: <UsagePanel /> },
        ]}
      />
    </div>
  );
}

function RightsPanel() {
  const rights = useMyRights();
  if (rights.isPending) return <Skeleton active />;
  if (rights.isError) return <Alert type="error" showIcon message={messageOf(rights.error)} />;
  return (
    <>
      <MembershipSection className="mall__wallet" />
      <Row gutter={[16, 16]}>
        {rights.data.rights.map((right) => (
          <Col key={right.right} xs={24} sm={12} xl={6}>
            <RightCard right={right} />
          </Col>
        ))}
      </Row>
      <p className="mall__section">
        道具不足？前往<Link to="/employer/mall">道具商城</Link>购买道具包。
      </p>
    </>
  );
}

function RightCard({ right }: { right: CompanyRightBalance }) {
  return (
    <Card title={right.label} extra={right.expired ? <Tag>已过期</Tag> : null}>
      <Space size="large">
        <Statistic title="剩余" value={right.remaining} suffix={right.unit} />
        <Statistic title="已使用" value={right.used} suffix={right.unit} />
      </Space>
      <p className="mall__expiry">到期时间：{right.expiresAt ? formatDateTime(right.expiresAt) : '—'}</p>
    </Card>
  );
}

type UsageFilter = { right?: CompanyRight; range?: [Dayjs, Dayjs] };

function UsagePanel() {
  const [form] = Form.useForm<UsageFilter>();
  const [filter, setFilter] = useState<{ right?: CompanyRight; from?: string; to?: string }>({});
  const [page, setPage] = useState(1);
  const usage = useRightUsage({ ...filter, page });

  const search = (values: UsageFilter) => {
    setFilter({
      right: values.right,
      from: values.range ? pickerValueToDay(values.range[0]) : undefined,
      to: values.range ? pickerValueToDay(values.range[1]) : undefined,
    });
    setPage(1);
  };
  const columns: TableColumnsType<RightUsage> = [
    { title: '使用者', dataIndex: 'usedBy', key: 'usedBy', render: (value: string | null) => value ?? '—' },
    {
      title: '使用类型',
      key: 'label',
      render: (_, row) => (
        <Space>
          {row.label}
          {row.kind === 'expired' ? <Tag>已过期</Tag> : null}
        </Space>
      ),
    },
    {
      title: '数量',
      key: 'quantity',
      render: (_, row) => `${row.quantity}${COMPANY_RIGHTS[row.right].unit}`,
    },
    { title: '使用对象', dataIndex: 'target', key: 'target' },
    {
      title: '使用时间',
      dataIndex: 'usedAt',
      key: 'usedAt',
      render: (value: string) => formatDateTime(value),
    },
  ];

  return (
    <>
      <Form form={form} layout="inline" onFinish={search} className="mall__filters">
        <Form.Item name="right" label="使用类型">
          <Select
            allowClear
            placeholder="全部"
            style={{ width: 160 }}
            options={Object.entries(COMPANY_RIGHTS).map(([value, { label }]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="range" label="使用时间">
          <DatePicker.RangePicker />
        </Form.Item>
        <FilterButtons onReset={() => search({})} />
      </Form>
      <Table
        rowKey="id"
        columns={columns}
        dataSource={usage.data?.items}
        loading={usage.isFetching}
        locale={{ emptyText: usage.isError ? messageOf(usage.error) : <Empty description="暂无使用记录" /> }}
        pagination={{
          current: page,
          pageSize: usage.data?.pageSize ?? 20,
          total: usage.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共${total}条`,
          onChange: setPage,
        }}
      />
    </>
  );
}

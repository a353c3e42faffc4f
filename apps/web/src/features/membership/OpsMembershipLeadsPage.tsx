import {
  GrantMembershipInput,
  LeadFollowUpInput,
  MEMBERSHIP_PLANS,
  type MembershipLead,
  type MembershipLeadState,
  type MembershipLevel,
} from '@openrecruit/shared';
import {
  App,
  Button,
  Descriptions,
  Drawer,
  Form,
  Input,
  Radio,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { QueryState } from '../../components/console/QueryState';
import { applyFieldErrors, messageOf } from '../../lib/api';
import { formatDate, formatDateTime } from '../../lib/format';
import { schemaRule } from '../../lib/schema-rules';
import {
  useCloseLead,
  useFollowUpLead,
  useGrantMembership,
  useMembershipLead,
  useMembershipLeads,
} from './api';

const STATES: Record<MembershipLeadState, { label: string; color: string }> = {
  new: { label: '待跟进', color: 'processing' },
  contacted: { label: '跟进中', color: 'warning' },
  won: { label: '已开通', color: 'success' },
  closed: { label: '已关闭', color: 'default' },
};
const KINDS = { open: '开通会员', upgrade: '升级会员' } as const;
const PAGE_SIZE = 20;

/** 会员线索 (/ops): the companies' 开通/升级 requests, followed up by telephone and granted here. */
export function OpsMembershipLeadsPage() {
  const [state, setState] = useState<MembershipLeadState | undefined>();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string>();
  const leads = useMembershipLeads({ state, q: q || undefined, page, pageSize: PAGE_SIZE });

  const columns: TableColumnsType<MembershipLead> = [
    { title: '提交时间', key: 'createdAt', width: 150, render: (_, lead) => formatDateTime(lead.createdAt) },
    { title: '单位名称', key: 'company', render: (_, lead) => lead.company.name },
    { title: '类型', key: 'kind', width: 100, render: (_, lead) => KINDS[lead.kind] },
    {
      title: '意向套餐',
      key: 'wanted',
      width: 110,
      render: (_, lead) => (lead.wantedLevel ? MEMBERSHIP_PLANS[lead.wantedLevel].label : '未选择'),
    },
    { title: '联系人', dataIndex: 'contactName', key: 'contactName', width: 100 },
    { title: '联系手机', dataIndex: 'contactMobile', key: 'contactMobile', width: 130 },
    {
      title: '状态',
      key: 'state',
      width: 90,
      render: (_, lead) => <Tag color={STATES[lead.state].color}>{STATES[lead.state].label}</Tag>,
    },
    {
      title: '当前会员',
      key: 'membership',
      width: 170,
      render: (_, lead) =>
        lead.membership ? `${lead.membership.label}（至${formatDate(lead.membership.endsAt)}）` : '无',
    },
    {
      title: '操作',
      key: 'action',
      width: 90,
      render: (_, lead) => (
        <Button type="link" onClick={() => setOpenId(lead.id)} aria-label={`处理：${lead.company.name}`}>
          处理
        </Button>
      ),
    },
  ];

  return (
    <>
      <h1 className="console-page-title">会员线索</h1>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<MembershipLeadState | 'all'>
          aria-label="状态"
          style={{ width: 140 }}
          value={state ?? 'all'}
          onChange={(value) => {
            setState(value === 'all' ? undefined : value);
            setPage(1);
          }}
          options={[
            { value: 'all', label: '全部状态' },
            ...(Object.keys(STATES) as MembershipLeadState[]).map((value) => ({
              value,
              label: STATES[value].label,
            })),
          ]}
        />
        <Input.Search
          aria-label="单位名称或联系人"
          placeholder="单位名称或联系人"
          allowClear
          style={{ width: 260 }}
          onSearch={(value) => {
            setQ(value.trim());
            setPage(1);
          }}
        />
      </Space>
      <Table<MembershipLead>
        rowKey="id"
        columns={columns}
        dataSource={leads.data?.items ?? []}
        loading={leads.isPending}
        locale={{ emptyText: leads.isError ? messageOf(leads.error) : '暂无线索' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: leads.data?.total ?? 0,
          hideOnSinglePage: true,
          onChange: setPage,
        }}
      />
      {openId ? <LeadDrawer id={openId} onClose={() => setOpenId(undefined)} /> : null}
    </>
  );
}

function LeadDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const lead = useMembershipLead(id);
  return (
    <Drawer title="线索详情" open width={560} onClose={onClose}>
      <QueryState query={lead}>
        {(data) => (
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label="单位名称">{data.company.name}</Descriptions.Item>
              <Descriptions.Item label="统一社会信用代码">{data.company.code}</Descriptions.Item>
              <Descriptions.Item label="类型">{KINDS[data.kind]}</Descriptions.Item>
              <Descriptions.Item label="意向套餐">
                {data.wantedLevel ? MEMBERSHIP_PLANS[data.wantedLevel].label : '未选择'}
              </Descriptions.Item>
              <Descriptions.Item label="联系人">{data.contactName}</Descriptions.Item>
              <Descriptions.Item label="联系手机">{data.contactMobile}</Descriptions.Item>
              <Descriptions.Item label="业务需求">{data.needs || '无'}</Descriptions.Item>
              <Descriptions.Item label="提交人">{data.submittedByName}</Descriptions.Item>
              <Descriptions.Item label="状态">
                <Tag color={STATES[data.state].color}>{STATES[data.state].label}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label="当前会员">
                {data.membership
                  ? `${data.membership.label}（至${formatDate(data.membership.endsAt)}）`
                  : '无'}
              </Descriptions.Item>
            </Descriptions>
            <div>
              <Typography.Title level={5}>跟进记录</Typography.Title>
              {data.followUps.length === 0 ? (
                <Typography.Text type="secondary">暂无跟进记录</Typography.Text>
              ) : (
                <Timeline
                  items={data.followUps.map((item) => ({
                    children: `${formatDateTime(item.at)} ${item.byName}：${item.note}`,
                  }))}
                />
              )}
            </div>
            {data.state === 'new' || data.state === 'contacted' ? <LeadActions lead={data} /> : null}
          </Space>
        )}
      </QueryState>
    </Drawer>
  );
}

function LeadActions({ lead }: { lead: MembershipLead }) {
  const { message, modal } = App.useApp();
  const [noteForm] = Form.useForm<{ note: string }>();
  const [grantForm] = Form.useForm<{ level: MembershipLevel; months: number }>();
  const followUp = useFollowUpLead();
  const close = useCloseLead();
  const grant = useGrantMembership();
  const fail = (form: typeof noteForm, names: 'note'[]) => (error: unknown) => {
    if (!applyFieldErrors(form, error, names)) message.error(messageOf(error));
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={5}>记录跟进</Typography.Title>
      <Form<{ note: string }> form={noteForm} layout="vertical" initialValues={{ note: '' }}>
        <Form.Item name="note" label="跟进内容" rules={[schemaRule(LeadFollowUpInput, 'note')]}>
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            placeholder="如：已电话联系，客户意向VIP，下周确认"
          />
        </Form.Item>
        <Space>
          <Button
            loading={followUp.isPending}
            onClick={async () => {
              const { note } = await noteForm.validateFields();
              followUp.mutate(
                { id: lead.id, input: { note } },
                {
                  onSuccess: () => {
                    noteForm.resetFields();
                    message.success('已记录跟进');
                  },
                  onError: fail(noteForm, ['note']),
                },
              );
            }}
          >
            保存跟进
          </Button>
          <Button
            danger
            loading={close.isPending}
            onClick={async () => {
              const { note } = await noteForm.validateFields();
              modal.confirm({
                title: '关闭该线索？',
                content: `关闭原因：${note}`,
                okText: '关闭线索',
                cancelText: '取消',
                okButtonProps: { danger: true },
                onOk: () =>
                  close
                    .mutateAsync({ id: lead.id, input: { note } })
                    .then(() => message.success('线索已关闭'))
                    .catch(fail(noteForm, ['note'])),
              });
            }}
          >
            关闭线索
          </Button>
        </Space>
      </Form>
      <Typography.Title level={5}>开通会员</Typography.Title>
      <Form<{ level: MembershipLevel; months: number }>
        form={grantForm}
        layout="inline"
        initialValues={{ level: lead.wantedLevel ?? 'vip', months: 12 }}
        onFinish={(values) =>
          grant.mutate(
            { id: lead.id, input: values },
            {
              onSuccess: () => message.success(`已开通${MEMBERSHIP_PLANS[values.level].label}`),
              onError: (error) => message.error(messageOf(error)),
            },
          )
        }
      >
        <Form.Item name="level" label="会员类型">
          <Radio.Group
            options={(Object.keys(MEMBERSHIP_PLANS) as MembershipLevel[]).map((level) => ({
              value: level,
              label: MEMBERSHIP_PLANS[level].label,
            }))}
          />
        </Form.Item>
        <Form.Item name="months" label="期限" rules={[schemaRule(GrantMembershipInput, 'months')]}>
          <Select
            style={{ width: 110 }}
            options={[1, 3, 6, 12, 24, 36].map((months) => ({ value: months, label: `${months}个月` }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={grant.isPending}>
          开通
        </Button>
      </Form>
    </Space>
  );
}

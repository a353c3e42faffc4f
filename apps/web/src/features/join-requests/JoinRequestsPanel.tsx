import { JoinDecisionInput, type JoinRequest } from '@openrecruit/shared';
import { App, Button, Form, Input, Modal, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { schemaRule } from '../../lib/schema-rules';
import { JOIN_REQUESTS_PAGE_SIZE, useDecideJoinRequest, usePendingJoinRequests } from './api';

type RejectForm = { decision: 'reject'; reason: string };

/** 加入申请: people asking to join the company as HR, waiting for the 单位管理员's decision. */
export function JoinRequestsPanel() {
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const requests = usePendingJoinRequests(page);
  const decide = useDecideJoinRequest();
  const [rejecting, setRejecting] = useState<JoinRequest>();
  const [form] = Form.useForm<RejectForm>();

  const approve = (row: JoinRequest) =>
    decide.mutate(
      { id: row.id, decision: 'approve' },
      {
        onSuccess: () => message.success(`已同意${row.applicant.name}加入`),
        onError: (error) => message.error(messageOf(error)),
      },
    );

  const submitReject = (values: RejectForm) => {
    if (!rejecting) return;
    decide.mutate(
      { id: rejecting.id, decision: 'reject', reason: values.reason },
      {
        onSuccess: () => {
          message.success('已拒绝该申请');
          setRejecting(undefined);
        },
        onError: (error) => message.error(messageOf(error)),
      },
    );
  };

  const columns: TableColumnsType<JoinRequest> = [
    { title: '姓名', dataIndex: ['applicant', 'name'], key: 'name' },
    { title: '部门', dataIndex: ['applicant', 'department'], key: 'department' },
    { title: '手机', dataIndex: ['applicant', 'mobileMasked'], key: 'mobile' },
    {
      title: '申请时间',
      dataIndex: 'submittedAt',
      key: 'submittedAt',
      render: (value: string) => formatDateTime(value),
    },
    {
      title: '操作',
      key: 'actions',
      render: (_, row) => (
        <Space>
          <Button
            type="link"
            onClick={() => approve(row)}
            loading={decide.isPending && decide.variables?.id === row.id}
            aria-label={`同意：${row.applicant.name}`}
          >
            同意
          </Button>
          <Button
            type="link"
            danger
            onClick={() => {
              form.resetFields();
              setRejecting(row);
            }}
            aria-label={`拒绝：${row.applicant.name}`}
          >
            拒绝
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <Table<JoinRequest>
        rowKey="id"
        columns={columns}
        dataSource={requests.data?.items ?? []}
        loading={requests.isPending}
        locale={{ emptyText: requests.isError ? messageOf(requests.error) : '暂无待处理的加入申请' }}
        pagination={{
          current: page,
          pageSize: JOIN_REQUESTS_PAGE_SIZE,
          total: requests.data?.total ?? 0,
          hideOnSinglePage: true,
          onChange: setPage,
        }}
      />
      <Modal
        title={rejecting ? `拒绝${rejecting.applicant.name}的加入申请` : '拒绝加入申请'}
        open={rejecting !== undefined}
        onCancel={() => setRejecting(undefined)}
        onOk={() => form.submit()}
        okText="拒绝"
        okButtonProps={{ danger: true, loading: decide.isPending }}
        destroyOnHidden
      >
        <Form<RejectForm>
          form={form}
          layout="vertical"
          onFinish={submitReject}
          initialValues={{ decision: 'reject' }}
        >
          <Form.Item name="decision" hidden>
            <Input />
          </Form.Item>
          <Form.Item
            name="reason"
            label="拒绝原因"
            extra="申请人将看到该原因"
            rules={[schemaRule(JoinDecisionInput, 'reason')]}
          >
            <Input.TextArea rows={3} maxLength={200} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

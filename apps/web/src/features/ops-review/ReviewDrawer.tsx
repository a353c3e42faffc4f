import { ReviewDecisionInput, type ReviewRequest } from '@openrecruit/shared';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Empty,
  Form,
  Input,
  Modal,
  Space,
  Spin,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { messageOf } from '../../lib/api';
import { useDecideReview, useDictionaries, useReviewRequest } from './api';
import { formatTime, STATE_LABELS } from './ReviewQueuePage';

type Props = { id: string | undefined; title: string; onClose: () => void };

/** One request: what was submitted, the files (images shown, PDFs linked), and 通过 / 驳回. */
export function ReviewDrawer({ id, title, onClose }: Props) {
  const request = useReviewRequest(id);
  const data = request.data;
  const { message, modal } = App.useApp();
  const decide = useDecideReview();
  const [rejecting, setRejecting] = useState(false);

  const approve = () => {
    if (!data) return;
    modal.confirm({
      title: '确认通过该申请？',
      content: `${data.company.name}：${data.applicant.name}`,
      okText: '通过',
      cancelText: '取消',
      onOk: () =>
        decide
          .mutateAsync({ id: data.id, decision: 'approve' })
          .then(() => {
            message.success('已通过');
            onClose();
          })
          .catch((error: unknown) => {
            message.error(messageOf(error));
          }),
    });
  };

  return (
    <Drawer
      open={id !== undefined}
      onClose={onClose}
      size={720}
      title={`${title}详情`}
      destroyOnHidden
      extra={
        data?.state === 'pending' ? (
          <Space>
            <Button danger onClick={() => setRejecting(true)}>
              驳回
            </Button>
            <Button type="primary" onClick={approve} loading={decide.isPending && !rejecting}>
              通过
            </Button>
          </Space>
        ) : null
      }
    >
      {request.isPending ? (
        <Spin />
      ) : request.isError || !data ? (
        <Alert type="error" showIcon title={messageOf(request.error)} />
      ) : (
        <ReviewDetails request={data} />
      )}
      {data ? (
        <RejectModal
          open={rejecting}
          submitting={decide.isPending}
          onCancel={() => setRejecting(false)}
          onReject={(reason, onFieldError) =>
            decide.mutate(
              { id: data.id, decision: 'reject', reason },
              {
                onSuccess: () => {
                  message.success('已驳回');
                  setRejecting(false);
                  onClose();
                },
                onError: (error) => {
                  onFieldError(messageOf(error));
                },
              },
            )
          }
        />
      ) : null}
    </Drawer>
  );
}

function ReviewDetails({ request }: { request: ReviewRequest }) {
  const dictionaries = useDictionaries();
  const labelOf = (kind: string, code: string | undefined) =>
    code ? (dictionaries.data?.[kind]?.find((item) => item.code === code)?.label ?? code) : undefined;
  const { company, applicant } = request;
  const companyRows: Array<[string, string | null | undefined]> = [
    ['单位名称', company.name],
    ['统一社会信用代码', company.code],
    ['所在省份', labelOf('province', company.province)],
    ['所在城市', company.city],
    ['单位地址', company.address],
    ['固定电话', company.landline],
    ['单位邮箱', company.email],
    ['招聘邮箱', company.recruitEmail],
    ['邮编', company.postcode],
    ['单位性质', labelOf('company_nature', company.nature)],
    ['所属行业', labelOf('industry', company.industry)],
    ['现任管理员', company.currentAdminName],
  ];
  // 认证信息修改 (公司设置): each changed field with the value in force beside the submitted one.
  const current = request.currentCompany;
  const changedRows = current
    ? (
        [
          ['单位名称', current.name, company.name],
          ['统一社会信用代码', current.code, company.code],
          ['所在省份', labelOf('province', current.province), labelOf('province', company.province)],
          ['所在城市', current.city, company.city],
          ['单位地址', current.address, company.address],
          ['固定电话', current.landline, company.landline],
          ['单位邮箱', current.email, company.email],
          ['招聘邮箱', current.recruitEmail, company.recruitEmail],
          ['邮编', current.postcode, company.postcode],
          ['单位性质', labelOf('company_nature', current.nature), labelOf('company_nature', company.nature)],
          ['所属行业', labelOf('industry', current.industry), labelOf('industry', company.industry)],
        ] as Array<[string, string | undefined, string | undefined]>
      )
        .filter(([, before, after]) => (before ?? '') !== (after ?? ''))
        .map(([field, before, after]) => ({ field, before, after }))
    : [];
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Descriptions
        title="审核状态"
        column={2}
        bordered
        size="small"
        items={[
          {
            key: 'state',
            label: '状态',
            children: (
              <Tag
                color={
                  request.state === 'approved'
                    ? 'success'
                    : request.state === 'rejected'
                      ? 'error'
                      : 'processing'
                }
              >
                {STATE_LABELS[request.state]}
              </Tag>
            ),
          },
          { key: 'submittedAt', label: '提交时间', children: formatTime(request.submittedAt) },
          ...(request.state === 'pending'
            ? []
            : [
                { key: 'decidedBy', label: '审核人', children: request.decidedBy ?? '' },
                { key: 'decidedAt', label: '审核时间', children: formatTime(request.decidedAt) },
                ...(request.reason
                  ? [{ key: 'reason', label: '驳回原因', span: 2, children: request.reason }]
                  : []),
              ]),
        ]}
      />
      {current ? (
        <section aria-label="修改内容">
          <h3 className="ops-review__files-title">修改内容（{changedRows.length}项）</h3>
          <Table
            rowKey="field"
            size="small"
            bordered
            pagination={false}
            dataSource={changedRows}
            locale={{ emptyText: '与当前认证信息相同' }}
            columns={[
              { title: '项目', dataIndex: 'field', key: 'field', width: 140 },
              {
                title: request.state === 'approved' ? '修改前' : '当前认证信息',
                dataIndex: 'before',
                key: 'before',
              },
              {
                title: '提交的修改',
                dataIndex: 'after',
                key: 'after',
                render: (value: string) => <strong>{value}</strong>,
              },
            ]}
          />
        </section>
      ) : null}
      <Descriptions
        title={current ? '提交的认证信息' : '单位信息'}
        column={2}
        bordered
        size="small"
        items={companyRows
          .filter(([, value]) => value)
          .map(([label, value]) => ({ key: label, label, children: value }))}
      />
      <Descriptions
        title="申请人"
        column={2}
        bordered
        size="small"
        items={[
          { key: 'name', label: '用户姓名', children: applicant.name },
          { key: 'department', label: '所属部门', children: applicant.department },
          { key: 'mobile', label: '联系手机', children: applicant.mobileMasked },
        ]}
      />
      <section aria-label="认证材料">
        <h3 className="ops-review__files-title">认证材料</h3>
        {request.files.length === 0 ? (
          <Empty description="未上传认证材料" image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <Space wrap size="middle">
            {request.files.map((file) =>
              file.contentType.startsWith('image/') ? (
                <a key={file.id} href={file.url} target="_blank" rel="noopener noreferrer">
                  <img
                    src={file.url}
                    alt={file.name}
                    style={{ maxWidth: 300, maxHeight: 300, border: '1px solid #eee' }}
                  />
                </a>
              ) : (
                <a key={file.id} href={file.url} target="_blank" rel="noopener noreferrer">
                  {file.name}（PDF）
                </a>
              ),
            )}
          </Space>
        )}
      </section>
    </Space>
  );
}

function RejectModal({
  open,
  submitting,
  onCancel,
  onReject,
}: {
  open: boolean;
  submitting: boolean;
  onCancel: () => void;
  onReject: (reason: string, onFieldError: (reason: string) => void) => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const reasonRule = {
    validator: async (_rule: unknown, value: unknown) => {
      const parsed = ReviewDecisionInput.safeParse({ decision: 'reject', reason: value ?? '' });
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? '请填写驳回原因');
    },
  };
  return (
    <Modal
      open={open}
      title="驳回申请"
      okText="驳回"
      okButtonProps={{ danger: true, loading: submitting }}
      cancelText="取消"
      onCancel={onCancel}
      destroyOnHidden
      onOk={async () => {
        const values = await form.validateFields().catch(() => undefined);
        if (!values) return;
        onReject(values.reason.trim(), (reason) => form.setFields([{ name: 'reason', errors: [reason] }]));
      }}
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="reason" label="驳回原因" rules={[reasonRule]} required>
          <Input.TextArea rows={4} maxLength={200} showCount placeholder="请填写驳回原因，将通知申请人" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

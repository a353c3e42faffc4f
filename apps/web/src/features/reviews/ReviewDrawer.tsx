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
import { type ReviewerConsole, useDecideReview, useReviewRequest } from './api';
import { APPROVAL_FORMS } from './approval-forms';
import '../brochures/brochures.css';
import { DueTime, formatTime, STATE_LABELS } from './ReviewQueuePage';

type Props = { reviewer: ReviewerConsole; id: string | undefined; title: string; onClose: () => void };

/** One drawer for every kind: what was submitted, the files (images shown, PDFs linked), and 通过 / 驳回. */
export function ReviewDrawer({ reviewer, id, title, onClose }: Props) {
  const request = useReviewRequest(reviewer, id);
  const data = request.data;
  const { message, modal } = App.useApp();
  const decide = useDecideReview(reviewer);
  const [rejecting, setRejecting] = useState(false);
  // A kind whose 通过 takes details (宣讲会: room and time) has its own form.
  const ApprovalForm = data ? APPROVAL_FORMS[data.kind] : undefined;
  const [approving, setApproving] = useState(false);

  const approve = () => {
    if (!data) return;
    if (ApprovalForm) {
      setApproving(true);
      return;
    }
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
      {data && ApprovalForm ? (
        <ApprovalForm
          request={data}
          open={approving}
          submitting={decide.isPending}
          onCancel={() => setApproving(false)}
          onApprove={(details) =>
            decide.mutateAsync({ id: data.id, decision: 'approve', details }).then(() => {
              message.success('已通过');
              setApproving(false);
              onClose();
            })
          }
        />
      ) : null}
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

/** Any kind's request, as its kind describes it (ReviewRequest.view): sections, changes, files. */
function ReviewDetails({ request }: { request: ReviewRequest }) {
  const { view } = request;
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
          ...(request.dueAt
            ? [
                {
                  key: 'dueAt',
                  label: '截止时间',
                  children: <DueTime dueAt={request.dueAt} overdue={request.overdue} />,
                },
              ]
            : []),
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
      {view.changes ? (
        <section aria-label={view.changes.title}>
          <h3 className="ops-review__files-title">
            {view.changes.title}（{view.changes.rows.length}项）
          </h3>
          <Table
            rowKey="label"
            size="small"
            bordered
            pagination={false}
            dataSource={view.changes.rows}
            locale={{ emptyText: '没有修改的项目' }}
            columns={[
              { title: '项目', dataIndex: 'label', key: 'label', width: 140 },
              { title: view.changes.beforeTitle, dataIndex: 'before', key: 'before' },
              {
                title: view.changes.afterTitle,
                dataIndex: 'after',
                key: 'after',
                render: (value: string) => <strong>{value}</strong>,
              },
            ]}
          />
        </section>
      ) : null}
      {view.richText ? (
        <section aria-label={view.richText.title} className="ops-review__rich-text">
          <h3 className="ops-review__files-title">{view.richText.title}</h3>
          {/* Sanitised on the server (招聘简章: sanitizeBrochureHtml) before it was stored. */}
          <div
            className="brochure-html"
            style={{
              border: '1px solid #f0f0f0',
              borderRadius: 6,
              padding: '12px 16px',
              maxHeight: 480,
              overflowY: 'auto',
            }}
            // biome-ignore lint/security/noDangerouslySetInnerHtml: the server keeps only a safe subset
            dangerouslySetInnerHTML={{ __html: view.richText.html }}
          />
        </section>
      ) : null}
      {view.sections.map((section) => (
        <Descriptions
          key={section.title}
          title={section.title}
          column={section.columns ?? 2}
          bordered
          size="small"
          items={section.fields.map((field) => ({
            key: field.label,
            label: field.label,
            children: field.value,
          }))}
        />
      ))}
      <section aria-label={view.filesTitle}>
        <h3 className="ops-review__files-title">{view.filesTitle}</h3>
        {request.files.length === 0 ? (
          <Empty description={`未上传${view.filesTitle}`} image={Empty.PRESENTED_IMAGE_SIMPLE} />
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

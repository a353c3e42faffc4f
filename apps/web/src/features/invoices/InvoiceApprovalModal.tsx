import { InvoiceApproval } from '@openrecruit/shared';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { applyFieldErrors, messageOf } from '../../lib/api';
import { schemaRule } from '../../lib/schema-rules';
import type { ApprovalFormProps } from '../reviews/approval-forms';
import { InvoicePdfUpload } from './InvoicePdfUpload';

// 开票审核 > 通过 is 开票: the operator issues the 数电票 in the tax system, then records its
// 20-digit number and its PDF here; the server mails the PDF to the company's 接收邮箱.

type Values = { details: { invoiceNo: string; fileId: string } };

export function InvoiceApprovalModal({ request, open, submitting, onCancel, onApprove }: ApprovalFormProps) {
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    setFailure(null);
    await onApprove(values.details).catch((error: unknown) => {
      // The server names the approval's fields `details.invoiceNo` and `details.fileId`.
      if (
        !applyFieldErrors(form, error, [
          ['details', 'invoiceNo'],
          ['details', 'fileId'],
        ])
      )
        setFailure(messageOf(error));
    });
  };

  return (
    <Modal
      open={open}
      title="开票"
      okText="确认开票"
      cancelText="取消"
      onOk={submit}
      onCancel={onCancel}
      okButtonProps={{ loading: submitting }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        请先在税务数字账户开具{request.company.name ? `“${request.company.name}”的` : ''}
        数电发票，再登记发票号码并上传发票PDF。确认后发票将发送至单位的接收邮箱。
      </Typography.Paragraph>
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" preserve={false} onFinish={submit}>
        <Form.Item
          required
          name={['details', 'invoiceNo']}
          label="发票号码"
          validateFirst
          rules={[
            { required: true, message: '请输入发票号码' },
            schemaRule(InvoiceApproval, 'invoiceNo', ['details']),
          ]}
        >
          <Input maxLength={20} placeholder="20位数电发票号码" inputMode="numeric" autoComplete="off" />
        </Form.Item>
        <Form.Item
          required
          name={['details', 'fileId']}
          label="发票PDF"
          rules={[schemaRule(InvoiceApproval, 'fileId', ['details'])]}
          extra="PDF格式，不超过5MB"
        >
          <InvoicePdfUpload label="上传发票PDF" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { formatYuan, InvoiceReversalInput, type OpsInvoice } from '@openrecruit/shared';
import { App, Form, Input, Modal, Typography } from 'antd';
import { applyFieldErrors, messageOf } from '../../lib/api';
import { schemaRule } from '../../lib/schema-rules';
import { useReverseInvoice } from './api';
import { InvoicePdfUpload } from './InvoicePdfUpload';

/**
 * 红冲 of an invoice whose order was refunded: the operator issues the 红字发票 in the tax system,
 * then records its number and PDF; the server mails it and frees the invoice's other orders.
 */
export function InvoiceReversalModal({ invoice, onClose }: { invoice: OpsInvoice; onClose: () => void }) {
  const [form] = Form.useForm<InvoiceReversalInput>();
  const { message } = App.useApp();
  const reverse = useReverseInvoice();

  const submit = (values: InvoiceReversalInput) =>
    reverse.mutate(
      { id: invoice.id, input: { redInvoiceNo: values.redInvoiceNo.trim(), fileId: values.fileId } },
      {
        onSuccess: () => {
          message.success('已红冲，红字发票已发送至单位的接收邮箱');
          onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, ['redInvoiceNo', 'fileId'])) message.error(messageOf(error));
        },
      },
    );

  return (
    <Modal
      open
      title="红冲"
      okText="确认红冲"
      cancelText="取消"
      okButtonProps={{ danger: true, loading: reverse.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {invoice.companyName}的发票 {invoice.invoiceNo}（{formatYuan(invoice.amountFen)}）需红冲
        {invoice.reversalReason ? `：${invoice.reversalReason}` : ''}
        。请先在税务数字账户开具红字发票，再登记其号码并上传PDF。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          required
          name="redInvoiceNo"
          label="红字发票号码"
          validateFirst
          rules={[
            { required: true, message: '请输入红字发票号码' },
            schemaRule(InvoiceReversalInput, 'redInvoiceNo'),
          ]}
        >
          <Input maxLength={20} placeholder="20位数电发票号码" inputMode="numeric" autoComplete="off" />
        </Form.Item>
        <Form.Item
          required
          name="fileId"
          label="红字发票PDF"
          rules={[schemaRule(InvoiceReversalInput, 'fileId')]}
          extra="PDF格式，不超过5MB"
        >
          <InvoicePdfUpload label="上传红字发票PDF" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

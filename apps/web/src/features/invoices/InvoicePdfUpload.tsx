import { App, Button, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { messageOf } from '../../lib/api';
import { useUploadInvoiceFile } from './api';

const MAX_BYTES = 5 * 1024 * 1024;

interface Props {
  /** The uploaded file's ID (the form field's value). */
  value?: string;
  onChange?: (fileId: string | undefined) => void;
  /** From Form.Item, so the field's label names the button. */
  id?: string;
  label: string;
}

/**
 * 上传发票PDF / 上传红字发票PDF as a form field: the PDF goes to POST /api/ops/invoices/files at
 * once and the field holds its ID, which 开票 or 红冲 then names.
 */
export function InvoicePdfUpload({ value, onChange, id, label }: Props) {
  const { message } = App.useApp();
  const upload = useUploadInvoiceFile();
  const [name, setName] = useState<string>();

  return (
    <Space wrap>
      <Upload
        accept="application/pdf,.pdf"
        showUploadList={false}
        beforeUpload={(file) => {
          const isPdf = file.type === 'application/pdf' || file.name.toLowerCase().endsWith('.pdf');
          if (!isPdf) message.error('只能上传PDF格式的发票');
          else if (file.size > MAX_BYTES) message.error('发票PDF不能超过5MB');
          return isPdf && file.size <= MAX_BYTES ? true : Upload.LIST_IGNORE;
        }}
        customRequest={({ file }) => {
          const pdf = file as File;
          upload.mutate(pdf, {
            onSuccess: ({ fileId }) => {
              setName(pdf.name);
              onChange?.(fileId);
            },
            onError: (error) => message.error(messageOf(error)),
          });
        }}
      >
        <Button id={id} loading={upload.isPending}>
          {value ? '重新上传' : label}
        </Button>
      </Upload>
      {value && name ? <Typography.Text>{name}</Typography.Text> : null}
    </Space>
  );
}

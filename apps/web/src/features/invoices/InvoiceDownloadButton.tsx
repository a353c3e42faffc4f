import type { EmployerInvoice } from '@openrecruit/shared';
import { App, Button } from 'antd';
import { messageOf } from '../../lib/api';
import { downloadInvoice } from './api';

type Props = { area: 'employer' | 'ops'; invoice: EmployerInvoice; which: 'invoice' | 'red' };

/** 下载发票 / 下载红字发票 in a list's 操作, when the invoice has that file. */
export function InvoiceDownloadButton({ area, invoice, which }: Props) {
  const { message } = App.useApp();
  if (!(which === 'red' ? invoice.hasRedFile : invoice.hasFile)) return null;
  return (
    <Button
      type="link"
      size="small"
      onClick={() =>
        downloadInvoice(area, invoice, which).catch((error: unknown) => message.error(messageOf(error)))
      }
    >
      {which === 'red' ? '下载红字发票' : '下载发票'}
    </Button>
  );
}

import { INVOICE_STATE_LABELS, type InvoiceState } from '@openrecruit/shared';
import { Tag } from 'antd';

const STATE_COLORS: Record<InvoiceState, string> = {
  requested: 'processing',
  issued: 'blue',
  sent: 'success',
  rejected: 'error',
  reversal_pending: 'warning',
  reversed: 'default',
};

/** 待开票 / 已开票 / 已发送 / 已驳回 / 待红冲 / 已红冲, in the same colours on both consoles. */
export function InvoiceStateTag({ state }: { state: InvoiceState }) {
  return <Tag color={STATE_COLORS[state]}>{INVOICE_STATE_LABELS[state]}</Tag>;
}

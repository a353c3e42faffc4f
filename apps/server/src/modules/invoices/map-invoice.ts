import type { EmployerInvoice, InvoiceKind, InvoiceState, OpsInvoice } from '@openrecruit/shared';
import type { InvoiceListRow, InvoiceOrderLine } from './invoices.repository';

export function mapEmployerInvoice(row: InvoiceListRow, lines: InvoiceOrderLine[]): EmployerInvoice {
  const { invoice } = row;
  return {
    id: invoice.id,
    kind: invoice.kind as InvoiceKind,
    state: invoice.state as InvoiceState,
    buyerName: invoice.buyerName,
    buyerTaxNo: invoice.buyerTaxNo,
    amountFen: invoice.amountFen,
    emailMasked: invoice.emailMasked,
    remark: invoice.remark,
    orders: lines
      .filter((line) => line.invoiceId === invoice.id)
      .map(({ id, outTradeNo, amountFen }) => ({ id, outTradeNo, amountFen })),
    invoiceNo: invoice.invoiceNo,
    issuedAt: invoice.issuedAt?.toISOString() ?? null,
    sentAt: invoice.sentAt?.toISOString() ?? null,
    rejectReason: invoice.rejectReason,
    reversalReason: invoice.reversalReason,
    redInvoiceNo: invoice.redInvoiceNo,
    reversedAt: invoice.reversedAt?.toISOString() ?? null,
    hasFile: invoice.fileId !== null,
    hasRedFile: invoice.redFileId !== null,
    requestedByName: row.requestedByName,
    createdAt: invoice.createdAt.toISOString(),
  };
}

export function mapOpsInvoice(row: InvoiceListRow, lines: InvoiceOrderLine[]): OpsInvoice {
  return {
    ...mapEmployerInvoice(row, lines),
    companyId: row.invoice.companyId,
    companyName: row.companyName,
    reviewRequestId: row.invoice.reviewRequestId,
    sendError: row.invoice.sendError,
  };
}

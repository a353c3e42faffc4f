import type { EmployerInvoice, OpsInvoice } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { requireFound } from '../../plugins/access';
import { findInvoiceListRow, findInvoiceOrderLines } from './invoices.repository';
import { mapEmployerInvoice, mapOpsInvoice } from './map-invoice';

export interface GetInvoiceOptions {
  invoiceId: string;
  /** The company's own only (another company's answers 404); none for an operator. */
  companyId?: string;
}

async function loadInvoice(ctx: AppContext, options: GetInvoiceOptions) {
  const found = await findInvoiceListRow(ctx.db, options.invoiceId);
  const visible = !options.companyId || found?.invoice.companyId === options.companyId;
  const row = requireFound(visible ? found : undefined, '发票不存在');
  return { row, lines: await findInvoiceOrderLines(ctx.db, [row.invoice.id]) };
}

/** One invoice as the company sees it. */
export async function getEmployerInvoice(
  ctx: AppContext,
  options: GetInvoiceOptions,
): Promise<EmployerInvoice> {
  const { row, lines } = await loadInvoice(ctx, options);
  return mapEmployerInvoice(row, lines);
}

/** One invoice as 发票管理 shows it. */
export async function getOpsInvoice(ctx: AppContext, options: GetInvoiceOptions): Promise<OpsInvoice> {
  const { row, lines } = await loadInvoice(ctx, options);
  return mapOpsInvoice(row, lines);
}

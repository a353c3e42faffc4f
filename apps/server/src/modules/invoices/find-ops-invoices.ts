import type { OpsInvoice, OpsInvoiceQuery, Page } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { Operator } from '../../plugins/access';
import { findInvoiceOrderLines, findOpsInvoiceRows } from './invoices.repository';
import { mapOpsInvoice } from './map-invoice';

export interface FindOpsInvoicesOptions {
  operator: Operator;
  query: z.output<typeof OpsInvoiceQuery>;
}

/** 发票管理 > 发票记录: every company's invoices, by state, 单位名称, 发票号码 or 订单号. */
export async function findOpsInvoices(
  ctx: AppContext,
  options: FindOpsInvoicesOptions,
): Promise<Page<OpsInvoice>> {
  const { query } = options;
  const { rows, total } = await findOpsInvoiceRows(ctx.db, {
    state: query.state,
    keyword: query.keyword || undefined,
    ...pageWindow(query),
  });
  const lines = await findInvoiceOrderLines(
    ctx.db,
    rows.map((row) => row.invoice.id),
  );
  return pageOf(
    query,
    rows.map((row) => mapOpsInvoice(row, lines)),
    total,
  );
}

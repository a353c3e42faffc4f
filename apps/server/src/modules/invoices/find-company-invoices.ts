import type { EmployerInvoice, EmployerInvoiceQuery, Page } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { CompanyMember } from '../../plugins/access';
import { findCompanyInvoiceRows, findInvoiceOrderLines } from './invoices.repository';
import { mapEmployerInvoice } from './map-invoice';

export interface FindCompanyInvoicesOptions {
  member: CompanyMember;
  query: z.output<typeof EmployerInvoiceQuery>;
}

/** 开票记录: the company's invoice requests and invoices, newest first. */
export async function findCompanyInvoices(
  ctx: AppContext,
  options: FindCompanyInvoicesOptions,
): Promise<Page<EmployerInvoice>> {
  const { query } = options;
  const { rows, total } = await findCompanyInvoiceRows(ctx.db, options.member.companyId, pageWindow(query));
  const lines = await findInvoiceOrderLines(
    ctx.db,
    rows.map((row) => row.invoice.id),
  );
  return pageOf(
    query,
    rows.map((row) => mapEmployerInvoice(row, lines)),
    total,
  );
}

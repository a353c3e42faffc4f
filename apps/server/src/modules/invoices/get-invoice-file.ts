import type { AppContext } from '../../context';
import { requireFound } from '../../plugins/access';
import { findInvoice, findStoredFile } from './invoices.repository';

export interface GetInvoiceFileOptions {
  invoiceId: string;
  which: 'invoice' | 'red';
  /** The company's own only (another company's is 404); none for an operator. */
  companyId?: string;
}

/** An invoice's PDF, or its 红字发票's, named by the number. */
export async function getInvoiceFile(ctx: AppContext, options: GetInvoiceFileOptions) {
  const invoice = requireFound(await findInvoice(ctx.db, options.invoiceId, options.companyId), '发票不存在');
  const fileId = options.which === 'red' ? invoice.redFileId : invoice.fileId;
  const file = requireFound(fileId ? await findStoredFile(ctx.db, fileId) : undefined, '发票尚未开具');
  const number = options.which === 'red' ? invoice.redInvoiceNo : invoice.invoiceNo;
  return {
    name: `${options.which === 'red' ? '红字发票' : '发票'}-${number}.pdf`,
    contentType: file.contentType,
    data: await ctx.providers.storage.get(file.storageKey),
  };
}

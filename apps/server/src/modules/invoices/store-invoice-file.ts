import type { AppContext } from '../../context';
import { storeUpload, type Upload, type UploadRules } from '../../lib/stored-uploads';
import type { Operator } from '../../plugins/access';

/** 发票 and 红字发票: the PDF the tax system issued, at most 5 MB (checked by its first bytes). */
export const INVOICE_PDF_RULES: UploadRules = {
  maxBytes: 5 * 1024 * 1024,
  tooLarge: '发票PDF不能超过5MB',
  accept: ['application/pdf'],
  notAllowed: '只能上传PDF格式的发票',
};

export interface StoreInvoiceFileOptions {
  operator: Operator;
  upload: Upload;
}

/** 开票 / 红冲: the PDF is uploaded first and named by its id in the decision, owned by the operator. */
export async function storeInvoiceFile(ctx: AppContext, options: StoreInvoiceFileOptions) {
  const row = await storeUpload(ctx, options.upload, {
    rules: INVOICE_PDF_RULES,
    rateLimitKey: `invoice-upload:${options.operator.accountId}`,
    perHour: 200,
    defaultName: 'invoice',
    ownerAccountId: options.operator.accountId,
  });
  return { fileId: row.id };
}

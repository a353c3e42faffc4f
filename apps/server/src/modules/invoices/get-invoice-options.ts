import type { InvoiceOptions } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { findInvoiceableOrders, findInvoiceBuyer } from './invoices.repository';

export interface GetInvoiceOptionsOptions {
  member: CompanyMember;
}

/** 开具发票's form: the paid recharges no invoice covers, the 抬头 and 税号 and a 接收邮箱 to suggest. */
export async function getInvoiceOptions(
  ctx: AppContext,
  options: GetInvoiceOptionsOptions,
): Promise<InvoiceOptions> {
  const { companyId } = options.member;
  const [buyer, orders] = await Promise.all([
    findInvoiceBuyer(ctx.db, companyId),
    findInvoiceableOrders(ctx.db, companyId),
  ]);
  const company = requireFound(buyer);
  return {
    buyerName: company.name,
    buyerTaxNo: company.codeKind === 'credit_code' ? company.code : '',
    suggestedEmail: company.email,
    orders: orders.map((order) => ({
      id: order.id,
      outTradeNo: order.outTradeNo,
      description: order.description,
      amountFen: order.amountFen,
      points: order.points,
      paidAt: (order.paidAt ?? order.createdAt).toISOString(),
    })),
  };
}

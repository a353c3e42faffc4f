import type { OpsOrder, OpsOrderQuery, Page } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { Operator } from '../../plugins/access';
import { mapOpsOrder } from './map-payment-order';
import { findOpsOrderRows } from './payment-orders.repository';

export interface FindOpsOrdersOptions {
  operator: Operator;
  query: z.output<typeof OpsOrderQuery>;
}

/** 订单管理: every company's payment orders, searched by 订单号 or company name. */
export async function findOpsOrders(ctx: AppContext, options: FindOpsOrdersOptions): Promise<Page<OpsOrder>> {
  const { query } = options;
  const { rows, total } = await findOpsOrderRows(ctx.db, {
    q: query.q || undefined,
    state: query.state,
    ...pageWindow(query),
  });
  return pageOf(
    query,
    rows.map((row) => mapOpsOrder(row.order, row.companyName, row.operatorName)),
    total,
  );
}

import type { ReconciliationReport } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { type Operator, requireFound } from '../../plugins/access';
import { findReconciliationReportById } from './reconciliation-reports.repository';

export interface GetReconciliationReportOptions {
  operator: Operator;
  reportId: string;
}

/** A stored 对账 run (对账记录 > 查看): the report as it was answered when the run finished. */
export async function getReconciliationReport(
  ctx: AppContext,
  options: GetReconciliationReportOptions,
): Promise<ReconciliationReport> {
  const row = requireFound(await findReconciliationReportById(ctx.db, options.reportId), '对账记录不存在');
  return row.report;
}

import type { Page, ReconciliationRun, ReconciliationRunQuery } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { Operator } from '../../plugins/access';
import { findReconciliationRunRows } from './reconciliation-reports.repository';

export interface FindReconciliationRunsOptions {
  operator: Operator;
  query: z.output<typeof ReconciliationRunQuery>;
}

/** The daily job's runs have no operator: they read 系统. */
export const SYSTEM_RUNNER_NAME = '系统';

/** 对账记录: every stored run, the operators' and the daily job's, newest first. */
export async function findReconciliationRuns(
  ctx: AppContext,
  options: FindReconciliationRunsOptions,
): Promise<Page<ReconciliationRun>> {
  const { query } = options;
  const { rows, total } = await findReconciliationRunRows(ctx.db, {
    from: query.from,
    to: query.to,
    ...pageWindow(query),
  });
  return pageOf(
    query,
    rows.map((row) => ({
      ...row,
      runByName: row.runByName ?? SYSTEM_RUNNER_NAME,
      createdAt: row.createdAt.toISOString(),
    })),
    total,
  );
}

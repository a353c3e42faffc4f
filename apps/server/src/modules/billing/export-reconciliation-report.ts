import { PassThrough, type Readable } from 'node:stream';
import {
  MISMATCH_KIND_LABELS,
  MISMATCH_RESOLUTION_LABELS,
  PAYMENT_PROVIDER_LABELS,
} from '@openrecruit/shared';
import ExcelJS from 'exceljs';
import type { AppContext } from '../../context';
import { type Operator, requireFound } from '../../plugins/access';
import { recordSecurityEvent } from '../identity/security-events';
import { SYSTEM_RUNNER_NAME } from './find-reconciliation-runs';
import { findReconciliationReportById } from './reconciliation-reports.repository';

export interface ExportReconciliationReportOptions {
  operator: Operator;
  reportId: string;
  ip?: string;
}

/** 'YYYY-MM-DD HH:mm:ss' in Shanghai. */
function stamp(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

const yuan = (fen: number | null) => (fen === null ? '—' : (fen / 100).toFixed(2));

interface Sheet {
  name: string;
  columns: ReadonlyArray<readonly [header: string, width: number]>;
  rows: Array<Array<string | number>>;
}

/**
 * 对账记录 > 导出Excel: a stored run as a workbook, 汇总 (the run) and 差异明细 (each difference, in
 * the page's words), streamed like 快点明细's export. Every export is recorded in the audit log.
 */
export async function exportReconciliationReport(
  ctx: AppContext,
  options: ExportReconciliationReportOptions,
) {
  const run = requireFound(await findReconciliationReportById(ctx.db, options.reportId), '对账记录不存在');
  const { report } = run;
  const sheets: Sheet[] = [
    {
      name: '汇总',
      columns: [
        ['日期', 12],
        ['支付渠道', 10],
        ['账单笔数', 10],
        ['已核对', 10],
        ['差异笔数', 10],
        ['对账时间', 20],
        ['对账人', 12],
      ],
      rows: [
        [
          report.date,
          PAYMENT_PROVIDER_LABELS[report.provider] ?? report.provider,
          report.billRows,
          report.matched,
          report.mismatches.length,
          stamp(new Date(report.checkedAt)),
          run.runByName ?? SYSTEM_RUNNER_NAME,
        ],
      ],
    },
    {
      name: '差异明细',
      columns: [
        ['差异类型', 14],
        ['订单号', 32],
        ['单位', 30],
        ['账单金额（元）', 14],
        ['平台金额（元）', 14],
        ['处理结果', 20],
      ],
      rows: report.mismatches.map((m) => [
        MISMATCH_KIND_LABELS[m.kind],
        m.outTradeNo,
        m.companyName ?? '（未知订单）',
        yuan(m.billFen),
        yuan(m.orderFen),
        MISMATCH_RESOLUTION_LABELS[m.resolution],
      ]),
    },
  ];
  await recordSecurityEvent(ctx, {
    kind: 'reconciliation_exported',
    accountId: options.operator.accountId,
    ip: options.ip,
    detail: { reportId: run.id, date: report.date, mismatches: report.mismatches.length },
  });
  const stream = new PassThrough();
  void (async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
    for (const sheet of sheets) {
      const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
      worksheet.columns = sheet.columns.map(([header, width]) => ({ header, width }));
      worksheet.getRow(1).font = { bold: true };
      for (const row of sheet.rows) worksheet.addRow(row).commit();
      worksheet.commit();
    }
    await workbook.commit();
  })().catch((error: unknown) => {
    ctx.log.error({ err: error }, 'reconciliation export failed');
    stream.destroy(error as Error);
  });
  return { filename: `对账-${report.date}-${run.id.slice(0, 8)}.xlsx`, stream: stream as Readable };
}

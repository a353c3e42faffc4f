import { PassThrough, type Readable } from 'node:stream';
import type { PointsExportQuery } from '@openrecruit/shared';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { shanghaiDate } from '../../lib/shanghai-time';
import type { CompanyMember } from '../../plugins/access';
import { recordSecurityEvent } from '../identity/security-events';
import { findPointsStatement } from './find-points-statement';
import { findCompanyName } from './payment-orders.repository';

/** More rows than any company makes; the page's own filter narrows what it needs. */
const EXPORT_MAX_ROWS = 10_000;

export interface ExportPointsStatementOptions {
  member: CompanyMember;
  query: z.output<typeof PointsExportQuery>;
  ip?: string;
}

/** 'YYYY-MM-DD HH:mm' in Shanghai. */
function stamp(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

const yuan = (fen: number) => (fen / 100).toFixed(2);

/**
 * 快点明细 > 导出Excel: the 充值记录 or 消费记录 of the filter, streamed. It names colleagues (操作人),
 * so the export is recorded as a read of personal data.
 */
export async function exportPointsStatement(ctx: AppContext, options: ExportPointsStatementOptions) {
  const { member, query } = options;
  const statement = await findPointsStatement(ctx, {
    member,
    query: { ...query, page: 1, pageSize: EXPORT_MAX_ROWS },
  });
  const companyName = (await findCompanyName(ctx.db, member.companyId)) ?? '';
  const sheet =
    statement.kind === 'recharge'
      ? {
          name: '充值记录',
          columns: [
            ['订单号', 32],
            ['快点', 10],
            ['金额（元）', 12],
            ['支付时间', 18],
            ['操作人', 12],
          ] as const,
          rows: statement.items.map((r) => [
            r.outTradeNo,
            r.points,
            yuan(r.amountFen),
            stamp(r.paidAt),
            r.operatorName,
          ]),
        }
      : {
          name: '消费记录',
          columns: [
            ['用途', 16],
            ['快点', 10],
            ['余额', 10],
            ['时间', 18],
            ['操作人', 12],
          ] as const,
          rows: statement.items.map((r) => [
            r.purposeLabel,
            -r.points,
            r.balanceAfter,
            stamp(r.at),
            r.operatorName,
          ]),
        };
  await recordSecurityEvent(ctx, {
    kind: 'personal_data_read',
    accountId: member.accountId,
    ip: options.ip,
    detail: {
      via: 'points_statement_export',
      kind: query.kind,
      rows: sheet.rows.length,
      fields: ['operator_name'],
    },
  });
  const stream = new PassThrough();
  void (async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map(([header, width]) => ({ header, width }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row).commit();
    await workbook.commit();
  })().catch((error: unknown) => {
    ctx.log.error({ err: error }, 'points statement export failed');
    stream.destroy(error as Error);
  });
  return {
    filename: `${companyName}-${sheet.name}-${shanghaiDate()}.xlsx`,
    stream: stream as Readable,
  };
}

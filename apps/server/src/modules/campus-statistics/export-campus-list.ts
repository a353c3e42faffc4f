import { PassThrough, type Readable } from 'node:stream';
import {
  CAMPUS_EXPORT_NAMES,
  CAMPUS_SIGNUP_STATE_LABELS,
  type CampusExportFile,
  type CampusExportQuery,
  maskMobile,
  maskName,
  STATISTICS_LABELS,
  type StatisticsNumbers,
} from '@openrecruit/shared';
import ExcelJS from 'exceljs';
import type { AppContext } from '../../context';
import { shanghaiDate } from '../../lib/shanghai-time';
import { requireFound, type UniversityStaff } from '../../plugins/access';
import { recordSecurityEvent } from '../identity/security-events';
import {
  findBrochureRows,
  findEnteredCompanyRows,
  findFairRegistrationRows,
  findFairRows,
  findPresentationRows,
  findSignupRows,
  findUniversityFair,
  findUniversityPresentationTitle,
} from './campus-statistics.repository';
import { getUniversityStatistics } from './get-university-statistics';

export interface ExportCampusListOptions {
  staff: UniversityStaff;
  file: CampusExportFile;
  query: CampusExportQuery;
  ip?: string;
}

export interface ExportedList {
  /** '申江大学-宣讲会-2026-12-07.xlsx'-like, for Content-Disposition. */
  filename: string;
  stream: Readable;
}

interface Sheet {
  name: string;
  columns: { header: string; width: number }[];
  rows: (string | number)[][];
}

const PRESENTATION_STATES: Record<string, string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '未通过',
  cancelled: '已取消',
};
const FAIR_STATES: Record<string, string> = { published: '已发布', cancelled: '已取消' };
const REGISTRATION_STATES: Record<string, string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '未通过',
  withdrawn: '已撤销',
};

/** 'YYYY-MM-DD HH:mm' in Shanghai ('' for none). */
export function shanghaiStamp(at: Date | null | undefined): string {
  if (!at) return '';
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

const col = (header: string, width = 16) => ({ header, width });

async function buildSheet(ctx: AppContext, options: ExportCampusListOptions): Promise<Sheet> {
  const { staff, query } = options;
  const universityId = staff.universityId;
  switch (options.file) {
    case 'entries.xlsx': {
      const rows = (await findEnteredCompanyRows(ctx.db, universityId)).filter((r) => r.state === 'approved');
      return {
        name: '入驻单位',
        columns: [col('单位名称', 36), col('统一社会信用代码', 22), col('行业', 10), col('入驻时间', 18)],
        rows: rows.map((r) => [r.companyName, r.companyCode, r.industry ?? '', shanghaiStamp(r.decidedAt)]),
      };
    }
    case 'presentations.xlsx': {
      const rows = await findPresentationRows(ctx.db, universityId);
      return {
        name: '宣讲会',
        columns: [
          col('宣讲会名称', 30),
          col('单位名称', 30),
          col('状态', 8),
          col('开始时间', 18),
          col('结束时间', 18),
          col('场地', 24),
          col('容量', 8),
          col('报名人数', 10),
          col('签到人数', 10),
          col('岗位数', 8),
          col('申请时间', 18),
        ],
        rows: rows.map((r) => [
          r.title,
          r.companyName,
          PRESENTATION_STATES[r.state] ?? r.state,
          shanghaiStamp(r.startsAt),
          shanghaiStamp(r.endsAt),
          r.venueName ? (r.venueCampus ? `${r.venueName}（${r.venueCampus}）` : r.venueName) : '',
          r.capacity ?? '',
          r.signupCount,
          Number(r.checkedIn),
          Number(r.jobCount),
          shanghaiStamp(r.createdAt),
        ]),
      };
    }
    case 'job-fairs.xlsx': {
      const rows = await findFairRows(ctx.db, universityId);
      return {
        name: '双选会',
        columns: [
          col('双选会名称', 30),
          col('状态', 8),
          col('开始时间', 18),
          col('结束时间', 18),
          col('地点', 24),
          col('报名开始', 18),
          col('报名截止', 18),
          col('展位数', 8),
          col('已报名单位', 10),
          col('已通过单位', 10),
        ],
        rows: rows.map((r) => [
          r.title,
          FAIR_STATES[r.state] ?? r.state,
          shanghaiStamp(r.startsAt),
          shanghaiStamp(r.endsAt),
          r.location,
          shanghaiStamp(r.registrationOpensAt),
          shanghaiStamp(r.registrationClosesAt),
          r.capacity,
          r.registeredCount,
          Number(r.approved),
        ]),
      };
    }
    case 'job-fair-registrations.xlsx': {
      const fair = requireFound(
        query.fairId ? await findUniversityFair(ctx.db, universityId, query.fairId) : undefined,
        '双选会不存在',
      );
      const kinds = new Map(fair.boothKinds.map((k) => [k.code, k.name]));
      const rows = await findFairRegistrationRows(ctx.db, fair.id);
      return {
        name: '双选会报名',
        columns: [
          col('单位名称', 30),
          col('统一社会信用代码', 22),
          col('展位类型', 12),
          col('展位号', 8),
          col('状态', 8),
          col('参会人员', 30),
          col('岗位数', 8),
          col('报名时间', 18),
          col('驳回原因', 24),
        ],
        rows: rows.map((r) => [
          r.companyName,
          r.companyCode,
          kinds.get(r.boothKind) ?? r.boothKind,
          r.boothCode ?? '',
          REGISTRATION_STATES[r.state] ?? r.state,
          r.contacts.map((c) => `${maskName(c.name)} ${maskMobile(c.mobile)}`).join('；'),
          Number(r.jobCount),
          shanghaiStamp(r.createdAt),
          r.rejectReason ?? '',
        ]),
      };
    }
    case 'brochures.xlsx': {
      const rows = await findBrochureRows(ctx.db, universityId);
      return {
        name: '招聘简章',
        columns: [
          col('简章标题', 36),
          col('单位名称', 30),
          col('状态', 10),
          col('通过时间', 18),
          col('岗位数', 8),
          col('提交时间', 18),
        ],
        rows: rows.map((r) => [
          r.title,
          r.companyName,
          r.withdrawnAt
            ? '已删除'
            : r.approvedAt
              ? r.pending
                ? '已通过（新版本审核中）'
                : '已通过'
              : r.pending
                ? '待审核'
                : r.rejectReason
                  ? '未通过'
                  : '',
          shanghaiStamp(r.approvedAt),
          Number(r.jobCount),
          shanghaiStamp(r.createdAt),
        ]),
      };
    }
    case 'signups.xlsx': {
      const presentation = requireFound(
        query.presentationId
          ? await findUniversityPresentationTitle(ctx.db, universityId, query.presentationId)
          : undefined,
        '宣讲会不存在',
      );
      const rows = await findSignupRows(ctx.db, presentation.id);
      const now = new Date();
      return {
        name: '报名与签到',
        columns: [
          col('序号', 6),
          col('学生姓名', 12),
          col('状态', 8),
          col('报名时间', 18),
          col('签到时间', 18),
        ],
        rows: rows.map((r, i) => {
          const state = r.checkedInAt
            ? 'checked_in'
            : r.cancelledAt
              ? 'cancelled'
              : presentation.endsAt && presentation.endsAt <= now
                ? 'ended'
                : 'signed_up';
          return [
            i + 1,
            maskName(r.name),
            CAMPUS_SIGNUP_STATE_LABELS[state],
            shanghaiStamp(r.createdAt),
            shanghaiStamp(r.checkedInAt),
          ];
        }),
      };
    }
    case 'statistics.xlsx': {
      const statistics = await getUniversityStatistics(ctx, { staff, from: query.from, to: query.to });
      const keys = Object.keys(STATISTICS_LABELS) as (keyof StatisticsNumbers)[];
      return {
        name: '数据统计',
        columns: [col('月份', 10), ...keys.map((key) => col(STATISTICS_LABELS[key], 12))],
        rows: [
          ...statistics.months.map((m) => [m.month, ...keys.map((key) => m[key])]),
          ['合计', ...keys.map((key) => statistics.totals[key])],
        ],
      };
    }
  }
}

/**
 * 导出Excel: one list of the staff's own university as an .xlsx, streamed. Students' names are
 * masked as on screen; an export naming people (报名与签到, 双选会报名) is written to the audit log.
 */
export async function exportCampusList(
  ctx: AppContext,
  options: ExportCampusListOptions,
): Promise<ExportedList> {
  const sheet = await buildSheet(ctx, options);
  if (options.file === 'signups.xlsx' || options.file === 'job-fair-registrations.xlsx') {
    await recordSecurityEvent(ctx, {
      kind: 'personal_data_read',
      accountId: options.staff.accountId,
      ip: options.ip,
      detail: {
        via: 'campus_export',
        list: options.file,
        universityId: options.staff.universityId,
        presentationId: options.query.presentationId,
        fairId: options.query.fairId,
        rows: sheet.rows.length,
        fields: ['name(masked)'],
      },
    });
  }
  const stream = new PassThrough();
  void writeWorkbook(sheet, stream).catch((error) => {
    ctx.log.error({ err: error, list: options.file }, 'excel export failed');
    stream.destroy(error as Error);
  });
  return {
    filename: `${CAMPUS_EXPORT_NAMES[options.file]}-${shanghaiDate()}.xlsx`,
    stream,
  };
}

async function writeWorkbook(sheet: Sheet, stream: PassThrough) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width }));
  worksheet.getRow(1).font = { bold: true };
  worksheet.getRow(1).commit();
  for (const row of sheet.rows) worksheet.addRow(row).commit();
  worksheet.commit();
  await workbook.commit();
}

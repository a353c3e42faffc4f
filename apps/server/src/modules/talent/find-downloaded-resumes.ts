import { type DownloadedResumePage, TALENT_PAGE_SIZE } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { shanghaiDate } from '../../lib/shanghai-time';
import { recordSecurityEvent } from '../identity/security-events';
import { mapTalent } from './map-talent';
import { pageWindow, type TalentStaff } from './staff';
import { findDownloads } from './talent.repository';

export interface FindDownloadedResumesOptions {
  staff: TalentStaff;
  page: number;
  ip: string;
}

/** 人才推荐>已下载: the resumes the company downloaded, with their contact details (audited). */
export async function findDownloadedResumes(
  ctx: AppContext,
  options: FindDownloadedResumesOptions,
): Promise<DownloadedResumePage> {
  const { staff, page } = options;
  const { rows, total } = await findDownloads(ctx.db, staff.companyId, pageWindow(page, TALENT_PAGE_SIZE));
  if (rows.length > 0) {
    await recordSecurityEvent(ctx, {
      kind: 'personal_data_read',
      accountId: staff.accountId,
      ip: options.ip,
      detail: { seekerAccountIds: rows.map((row) => row.talent.accountId), fields: ['name', 'mobile'] },
    });
  }
  const today = shanghaiDate();
  return {
    items: rows.map((row) => ({
      talent: mapTalent(row.talent, { today, cipher: ctx.cipher, reveal: true }),
      job: row.job,
      applicationId: row.applicationId,
      downloadedAt: row.downloadedAt.toISOString(),
      downloadedBy: row.downloadedBy,
    })),
    page,
    pageSize: TALENT_PAGE_SIZE,
    total,
  };
}

import { type DownloadedResumePage, TALENT_PAGE_SIZE } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import { shanghaiDate } from '../../lib/shanghai-time';
import type { CompanyMember } from '../../plugins/access';
import { recordSecurityEvent } from '../identity/security-events';
import { mapTalent } from './map-talent';
import { findDownloads } from './talent.repository';

export interface FindDownloadedResumesOptions {
  member: CompanyMember;
  page: number;
  ip: string;
}

/** 人才推荐>已下载: the resumes the company downloaded, with their contact details (audited). */
export async function findDownloadedResumes(
  ctx: AppContext,
  options: FindDownloadedResumesOptions,
): Promise<DownloadedResumePage> {
  const { member } = options;
  const window = { page: options.page, pageSize: TALENT_PAGE_SIZE };
  const { rows, total } = await findDownloads(ctx.db, member.companyId, pageWindow(window));
  if (rows.length > 0) {
    await recordSecurityEvent(ctx, {
      kind: 'personal_data_read',
      accountId: member.accountId,
      ip: options.ip,
      detail: { seekerAccountIds: rows.map((row) => row.talent.accountId), fields: ['name', 'mobile'] },
    });
  }
  const today = shanghaiDate();
  return pageOf(
    window,
    rows.map((row) => ({
      talent: mapTalent(row.talent, { today, cipher: ctx.cipher, reveal: true }),
      job: row.job,
      applicationId: row.applicationId,
      downloadedAt: row.downloadedAt.toISOString(),
      downloadedBy: row.downloadedBy,
    })),
    total,
  );
}

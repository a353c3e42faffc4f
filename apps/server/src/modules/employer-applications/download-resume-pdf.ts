import type { AppContext } from '../../context';
import type { CompanyMember } from '../../plugins/access';
import { type DownloadedFile, renderCompanyResumes } from './render-company-resumes';

export interface DownloadResumePdfOptions {
  member: CompanyMember;
  applicationId: string;
  ip: string;
}

/** 下载简历: one resume as a PDF, audited as a reading of the applicant's contact details. */
export async function downloadResumePdf(
  ctx: AppContext,
  options: DownloadResumePdfOptions,
): Promise<DownloadedFile> {
  const [file] = await renderCompanyResumes(ctx, {
    member: options.member,
    ids: [options.applicationId],
    ip: options.ip,
  });
  return file!;
}

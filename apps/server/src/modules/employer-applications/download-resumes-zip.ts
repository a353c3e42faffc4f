import { zipSync } from 'fflate';
import type { AppContext } from '../../context';
import { shanghaiDate } from '../../lib/shanghai-time';
import type { CompanyMember } from '../../plugins/access';
import { type DownloadedFile, renderCompanyResumes } from './render-company-resumes';

export interface DownloadResumesZipOptions {
  member: CompanyMember;
  /** Distinct ids (the input schema holds the limit). */
  ids: string[];
  ip: string;
}

/** 批量下载: several resumes as one zip of PDFs, all of the company's or none (404). */
export async function downloadResumesZip(
  ctx: AppContext,
  options: DownloadResumesZipOptions,
): Promise<DownloadedFile> {
  const files = await renderCompanyResumes(ctx, options);
  // PDFs are compressed already: stored as they are, the zip is made at once.
  const zip = zipSync(Object.fromEntries(files.map((file) => [file.filename, [file.bytes, { level: 0 }]])));
  return { filename: `简历-${shanghaiDate().replaceAll('-', '')}.zip`, bytes: zip };
}

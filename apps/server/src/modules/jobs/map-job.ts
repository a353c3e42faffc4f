import {
  type EducationCode,
  type JobDetail,
  type JobSummary,
  type PublicJobDetail,
  publicCompanyLogoPath,
  publicCompanyPhotoPath,
  type WorkNatureCode,
} from '@openrecruit/shared';
import type { JobDetailRow, JobSummaryRow } from './jobs.repository';

/** A search list row as the client sees it (seed 000 §三.4). */
export function mapJobSummary(row: JobSummaryRow, pinned: boolean): JobSummary {
  return {
    id: row.id,
    title: row.title,
    companyName: row.companyName,
    salaryMin: row.salaryMin,
    salaryMax: row.salaryMax,
    education: row.education as EducationCode | null,
    ageMin: row.ageMin,
    ageMax: row.ageMax,
    headcount: row.headcount,
    workArea: row.workArea,
    publishedAt: row.publishedAt.toISOString(),
    pinned,
  };
}

/** The detail page anyone with the link sees (seed 000 §三.5), e.g. from a shared QR code. */
export function mapPublicJobDetail(row: JobDetailRow, pinned: boolean): PublicJobDetail {
  const { job, company } = row;
  return {
    ...mapJobSummary({ ...job, companyName: company.name }, pinned),
    occupation: job.occupation,
    workNature: job.workNature as WorkNatureCode,
    address: job.address,
    description: job.description,
    skills: job.skills,
    probationMonths: job.probationMonths,
    probationSalary: job.probationSalary,
    isCampus: job.isCampus,
    state: job.state,
    company: mapJobCompany(company),
  };
}

/** The company on a job page, with its 雇主品牌 (公司设置, seed 002) served from /api/public. */
function mapJobCompany(company: JobDetailRow['company']): PublicJobDetail['company'] {
  const { logoFileId, photoFileIds, ...rest } = company;
  return {
    ...rest,
    // The file id in the query lets the browser keep a logo until it is replaced.
    logoUrl: logoFileId ? `${publicCompanyLogoPath(company.id)}?v=${logoFileId}` : null,
    photos: photoFileIds.map((id) => ({ id, url: publicCompanyPhotoPath(company.id, id) })),
  };
}

/** The detail page of a logged-in seeker: with their favourite, current application and warnings. */
export function mapJobDetail(
  row: JobDetailRow,
  pinned: boolean,
  seeker: Pick<JobDetail, 'favourite' | 'application' | 'warnings'>,
): JobDetail {
  return { ...mapPublicJobDetail(row, pinned), ...seeker };
}

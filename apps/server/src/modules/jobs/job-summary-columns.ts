import { companies, jobs } from '../../db/schema';

/**
 * What a job card shows (seed 000 §三.4): the named query fragment of the search list, and of the
 * other modules that list jobs (favourites), which select it joined with jobs and companies.
 */
export const jobSummaryColumns = {
  id: jobs.id,
  title: jobs.title,
  companyName: companies.name,
  salaryMin: jobs.salaryMin,
  salaryMax: jobs.salaryMax,
  education: jobs.education,
  ageMin: jobs.ageMin,
  ageMax: jobs.ageMax,
  headcount: jobs.headcount,
  workArea: jobs.workArea,
  publishedAt: jobs.publishedAt,
};

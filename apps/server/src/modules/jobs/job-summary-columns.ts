// The columns of a job card (jobs.repository.ts), the named query fragment other modules that list
// jobs select (favourites), so they need not import this module's repository.
export { jobSummaryColumns } from './jobs.repository';

import type { EmployerDashboard } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { shanghaiDate, shanghaiTime } from '../../lib/shanghai-time';
import type { CompanyMember } from '../../plugins/access';
import {
  countApplicationsPerDay,
  countInterviewsBetween,
  countPendingInvitations,
  countRecruitingJobs,
  countUnviewedApplications,
} from './dashboard.repository';

const DAY_MS = 86_400_000;
export const DASHBOARD_DAYS = 30;

export interface GetEmployerDashboardOptions {
  member: CompanyMember;
  /** The moment "today" is taken from (tests pin it). */
  now?: Date;
}

/** 工作台: the four numbers of the console home and the last 30 days of applications. */
export async function getEmployerDashboard(
  ctx: AppContext,
  options: GetEmployerDashboardOptions,
): Promise<EmployerDashboard> {
  const { companyId } = options.member;
  const today = shanghaiDate(options.now ?? new Date());
  const todayStart = shanghaiTime(today, 0);
  const tomorrowStart = new Date(todayStart.getTime() + DAY_MS);
  const firstDay = new Date(todayStart.getTime() - (DASHBOARD_DAYS - 1) * DAY_MS);
  const [newResumes, todayInterviews, recruitingJobs, pendingInvitations, perDay] = await Promise.all([
    countUnviewedApplications(ctx.db, companyId),
    countInterviewsBetween(ctx.db, companyId, todayStart, tomorrowStart),
    countRecruitingJobs(ctx.db, companyId),
    countPendingInvitations(ctx.db, companyId),
    countApplicationsPerDay(ctx.db, companyId, firstDay),
  ]);
  const applicationsPerDay = Array.from({ length: DASHBOARD_DAYS }, (_, i) => {
    const date = shanghaiDate(new Date(firstDay.getTime() + i * DAY_MS));
    return { date, count: perDay.get(date) ?? 0 };
  });
  return { newResumes, todayInterviews, recruitingJobs, pendingInvitations, applicationsPerDay };
}

import type {
  EducationCode,
  EmployerJobDetail,
  EmployerJobRow,
  JobPinView,
  WorkAreaCode,
  WorkNatureCode,
} from '@openrecruit/shared';
import type { JobRow, PinRow } from './employer-jobs.repository';

/** A pin as the console shows it, against today in Asia/Shanghai. */
export function mapPin(pin: PinRow, today: string): JobPinView {
  const status = pin.endDate < today ? 'ended' : pin.startDate > today ? 'upcoming' : 'active';
  return {
    id: pin.id,
    areas: pin.areas,
    startDate: pin.startDate,
    endDate: pin.endDate,
    status,
    createdAt: pin.createdAt.toISOString(),
  };
}

/** A row of the 招聘中 / 已下架 list: the 置顶 tag only while recruiting and a pin covers today. */
export function mapEmployerJobRow(
  job: JobRow,
  extra: { applicationCount: number; pins: PinRow[]; today: string },
): EmployerJobRow {
  const pins = job.state === 'recruiting' ? extra.pins.map((pin) => mapPin(pin, extra.today)) : [];
  return {
    id: job.id,
    title: job.title,
    occupation: job.occupation,
    salaryMin: job.salaryMin,
    salaryMax: job.salaryMax,
    headcount: job.headcount,
    education: job.education as EducationCode | null,
    ageMin: job.ageMin,
    ageMax: job.ageMax,
    workNature: job.workNature as WorkNatureCode,
    workArea: job.workArea as WorkAreaCode,
    isCampus: job.isCampus,
    state: job.state,
    publishedAt: job.publishedAt.toISOString(),
    offlineAt: job.offlineAt?.toISOString() ?? null,
    updatedAt: job.updatedAt.toISOString(),
    applicationCount: extra.applicationCount,
    pinned: pins.some((pin) => pin.status === 'active'),
    pins: pins.filter((pin) => pin.status !== 'ended'),
  };
}

export function mapEmployerJobDetail(
  job: JobRow,
  extra: {
    applicationCount: number;
    pins: PinRow[];
    today: string;
    universities: Array<{ id: string; name: string }>;
  },
): EmployerJobDetail {
  const names = new Map(extra.universities.map((u) => [u.id, u.name]));
  return {
    ...mapEmployerJobRow(job, extra),
    address: job.address,
    description: job.description,
    skills: job.skills,
    probationMonths: job.probationMonths,
    probationSalary: job.probationSalary,
    contactName: job.contactName,
    contactPhone: job.contactPhone,
    targetUniversities: job.targetUniversityIds.flatMap((id) => {
      const name = names.get(id);
      return name ? [{ id, name }] : [];
    }),
    createdAt: job.createdAt.toISOString(),
  };
}

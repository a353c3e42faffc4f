import type { JobFair, JobFairRegistration } from '@openrecruit/shared';
import type { JobFairBoothRow, JobFairRegistrationRow, JobFairRow } from './job-fairs.repository';

// Rows to the shared shapes of 双选会 (packages/shared/src/schemas/job-fairs.ts).

export function phaseOf(fair: JobFairRow, now: Date): JobFair['phase'] {
  if (fair.state === 'cancelled') return 'cancelled';
  if (fair.endsAt < now) return 'held';
  if (now >= fair.registrationClosesAt) return 'registration_closed';
  if (now < fair.registrationOpensAt) return 'upcoming_registration';
  return 'registration_open';
}

export function boothKindsOf(fair: JobFairRow, booths: JobFairBoothRow[]) {
  return fair.boothKinds.map((kind) => ({
    ...kind,
    count: booths.filter((booth) => booth.fairId === fair.id && booth.kind === kind.code).length,
  }));
}

export function mapJobFair(
  fair: JobFairRow,
  universityName: string,
  booths: JobFairBoothRow[],
  now: Date,
): JobFair {
  return {
    id: fair.id,
    university: { id: fair.universityId, name: universityName },
    title: fair.title,
    description: fair.description,
    startsAt: fair.startsAt.toISOString(),
    endsAt: fair.endsAt.toISOString(),
    venueId: fair.venueId,
    location: fair.location,
    boothKinds: boothKindsOf(fair, booths),
    registrationOpensAt: fair.registrationOpensAt.toISOString(),
    registrationClosesAt: fair.registrationClosesAt.toISOString(),
    capacity: fair.capacity,
    registeredCount: fair.registeredCount,
    rules: fair.rules,
    state: fair.state,
    phase: phaseOf(fair, now),
  };
}

/** Whether 撤销报名 is open: pending or approved, before the registration closes, fair not cancelled. */
export function canWithdraw(registration: JobFairRegistrationRow, fair: JobFairRow, now: Date) {
  return (
    (registration.state === 'pending' || registration.state === 'approved') &&
    fair.state === 'published' &&
    now < fair.registrationClosesAt
  );
}

export interface RegistrationView {
  registration: JobFairRegistrationRow;
  companyName: string;
  dueAt: Date | null;
}

export function mapRegistration(
  view: RegistrationView,
  fair: { fair: JobFairRow; universityName: string },
  booths: JobFairBoothRow[],
  jobTitles: Map<string, string>,
  now: Date,
): JobFairRegistration {
  const { registration } = view;
  const kinds = boothKindsOf(fair.fair, booths);
  const booth = registration.boothId ? booths.find((b) => b.id === registration.boothId) : undefined;
  return {
    id: registration.id,
    fair: {
      id: fair.fair.id,
      title: fair.fair.title,
      university: { id: fair.fair.universityId, name: fair.universityName },
      startsAt: fair.fair.startsAt.toISOString(),
      endsAt: fair.fair.endsAt.toISOString(),
      location: fair.fair.location,
      registrationClosesAt: fair.fair.registrationClosesAt.toISOString(),
      state: fair.fair.state,
    },
    company: { id: registration.companyId, name: view.companyName },
    contacts: registration.contacts,
    jobs: registration.jobIds.map((id) => ({ id, title: jobTitles.get(id) ?? '（职位已删除）' })),
    boothKind: kinds.find((kind) => kind.code === registration.boothKind) ?? null,
    boothWish: registration.boothWish,
    state: registration.state,
    rejectReason: registration.state === 'rejected' ? registration.rejectReason : null,
    booth: booth ? { id: booth.id, code: booth.code } : null,
    reviewRequestId: registration.reviewRequestId,
    dueAt: registration.state === 'pending' ? (view.dueAt?.toISOString() ?? null) : null,
    canWithdraw: canWithdraw(registration, fair.fair, now),
    createdAt: registration.createdAt.toISOString(),
    withdrawnAt: registration.withdrawnAt?.toISOString() ?? null,
  };
}

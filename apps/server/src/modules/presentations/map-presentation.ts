import type { Presentation } from '@openrecruit/shared';
import type { PresentationListRow } from './presentations.repository';

// Rows → 宣讲会 items; never a row to the client.

type JobTitles = ReadonlyMap<string, string>;

/** Whether the arranged time lies within one of the company's preferred slots. */
export function withinPreferredSlots(
  slots: readonly { startsAt: string; endsAt: string }[],
  startsAt: Date,
  endsAt: Date,
): boolean {
  return slots.some(
    (slot) => Date.parse(slot.startsAt) <= startsAt.getTime() && endsAt.getTime() <= Date.parse(slot.endsAt),
  );
}

export function mapPresentation(
  row: PresentationListRow,
  jobTitles: JobTitles,
  now = new Date(),
): Presentation {
  const p = row.presentation;
  return {
    id: p.id,
    university: { id: p.universityId, name: row.universityName },
    title: p.title,
    description: p.description,
    preferredSlots: p.preferredSlots,
    expectedAudience: p.expectedAudience,
    majors: p.majors,
    equipment: p.equipment,
    needs: p.needs,
    contactName: p.contactName,
    contactMobile: p.contactMobile,
    jobs: p.jobIds.map((id) => ({ id, title: jobTitles.get(id) ?? '（职位已删除）' })),
    state: p.state,
    dueAt: p.state === 'pending' ? (row.dueAt?.toISOString() ?? null) : null,
    rejectReason: p.state === 'rejected' ? p.rejectReason : null,
    venue:
      p.state === 'approved' && row.venue?.id
        ? { id: row.venue.id, name: row.venue.name, campus: row.venue.campus }
        : null,
    startsAt: p.state === 'approved' ? (p.startsAt?.toISOString() ?? null) : null,
    endsAt: p.state === 'approved' ? (p.endsAt?.toISOString() ?? null) : null,
    capacity: p.capacity,
    signupCount: p.signupCount,
    timeDiffersFromPreferred:
      p.state === 'approved' && p.startsAt && p.endsAt
        ? !withinPreferredSlots(p.preferredSlots, p.startsAt, p.endsAt)
        : false,
    submittedAt: p.createdAt.toISOString(),
    cancelledAt: p.cancelledAt?.toISOString() ?? null,
    canCancel: p.state === 'approved' && p.startsAt !== null && p.startsAt > now,
  };
}

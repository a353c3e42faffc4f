import type { CampusPresentationItem, CampusSignupState, MyCampusSignup } from '@openrecruit/shared';
import type { MySignupRow, PresentationRow } from './campus-students.repository';
import { type SignupState, storedSignupState } from './signup-machine';

/** '图书馆报告厅（闵行校区）': the room as students and staff read it. */
export function roomOf(row: { venueName: string | null; venueCampus: string | null }): string {
  if (!row.venueName) return '待定';
  return row.venueCampus ? `${row.venueName}（${row.venueCampus}）` : row.venueName;
}

/** The state shown: a sign-up without a check-in reads 已结束 once the presentation ended. */
export function shownSignupState(
  row: { cancelledAt: Date | null; checkedInAt: Date | null },
  endsAt: Date | null,
  now: Date,
): CampusSignupState {
  const state: SignupState = storedSignupState(row);
  if (state === 'signed_up' && endsAt && endsAt <= now) return 'ended';
  return state;
}

export function mapCampusPresentation(
  row: PresentationRow,
  signup: { id: string; cancelledAt: Date | null; checkedInAt: Date | null } | undefined,
  now: Date,
): CampusPresentationItem {
  const capacity = row.capacity ?? 0;
  return {
    id: row.id,
    title: row.title,
    company: { id: row.companyId, name: row.companyName },
    university: { id: row.universityId, name: row.universityName },
    startsAt: row.startsAt!.toISOString(),
    endsAt: row.endsAt!.toISOString(),
    room: roomOf(row),
    capacity,
    capacityLeft: Math.max(0, capacity - row.signupCount),
    signup: signup ? { id: signup.id, state: shownSignupState(signup, row.endsAt, now) } : null,
  };
}

export function mapMySignup(row: MySignupRow, now: Date): MyCampusSignup {
  // A presentation the company or the university cancelled takes its sign-ups with it.
  const state = shownSignupState(row, row.endsAt, now);
  return {
    id: row.id,
    state: row.presentationState !== 'approved' && state === 'signed_up' ? 'cancelled' : state,
    presentation: {
      id: row.presentationId,
      title: row.presentationTitle,
      companyName: row.companyName,
      universityName: row.universityName,
      startsAt: row.startsAt?.toISOString() ?? '',
      endsAt: row.endsAt?.toISOString() ?? '',
      room: roomOf(row),
    },
    checkedInAt: row.checkedInAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

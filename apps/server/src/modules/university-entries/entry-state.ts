import type { ReviewState, UniversityEntryState } from '@openrecruit/shared';

// An entry's state is its newest request's: none → 未入驻, pending → 审核中, approved → 已入驻,
// rejected → 未通过 (and 重新申请 makes a new request).

export function entryStateOf(state: ReviewState | undefined): UniversityEntryState {
  switch (state) {
    case undefined:
      return 'none';
    case 'pending':
      return 'pending';
    case 'approved':
      return 'entered';
    case 'rejected':
      return 'rejected';
  }
}

/** The newest request per university, from rows sorted newest first. */
export function newestPerUniversity<Row extends { universityId: string | null }>(rows: Row[]) {
  const newest = new Map<string, Row>();
  for (const row of rows)
    if (row.universityId && !newest.has(row.universityId)) newest.set(row.universityId, row);
  return newest;
}

import type { UniversityEntry } from '@openrecruit/shared';
import { entryStateOf } from './entry-state';
import type { findEntryRequestRows, findUniversityRows } from './university-entries.repository';

type UniversityRow = Awaited<ReturnType<typeof findUniversityRows>>[number];
type EntryRow = Awaited<ReturnType<typeof findEntryRequestRows>>[number];

/** A university and the company's newest request there (none: 未入驻). */
export function mapUniversityEntry(
  university: UniversityRow,
  request: EntryRow | undefined,
): UniversityEntry {
  return {
    university,
    state: entryStateOf(request?.state),
    requestId: request?.id ?? null,
    submittedAt: request?.createdAt.toISOString() ?? null,
    dueAt: request?.dueAt?.toISOString() ?? null,
    decidedAt: request?.decidedAt?.toISOString() ?? null,
    reason: request?.state === 'rejected' ? request.reason : null,
  };
}
